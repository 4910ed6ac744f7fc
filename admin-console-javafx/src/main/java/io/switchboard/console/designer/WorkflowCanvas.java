package io.switchboard.console.designer;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The canvas that draws nodes and edges and turns gestures into {@link CanvasActions}: drop a palette item to
 * add a node, drag a node to move it, drag from an output port to an input port to connect, click to select,
 * drag the background to pan, scroll to zoom; shift-click adds a node to the selection (or takes it out),
 * shift-drag on the background selects the nodes a rubber band overlaps, and dragging one selected node moves
 * them all. All gestures are JavaFX full press-drag-release gestures, which
 * also work headless (Monocle), unlike platform drag and drop.
 */
public final class WorkflowCanvas extends Pane {

    private final CanvasActions actions;
    private final Pane content = new Pane();
    private final Pane edgeLayer = new Pane();
    private final Pane nodeLayer = new Pane();
    private final Line rubberBand = new Line();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate pan = new Translate();
    private final Map<DesignNode, NodeBox> boxes = new HashMap<>();
    private final Map<DesignEdge, EdgeLine> lines = new HashMap<>();
    private final ObservableList<DesignNode> nodes;
    private final ObjectProperty<DesignNode> selectedNode;
    private final ObjectProperty<DesignEdge> selectedEdge;
    private final DoubleProperty zoom;
    private final ObservableList<DesignNode> selection;
    private final Rectangle marquee = new Rectangle();
    private Point2D panStart;
    private Point2D marqueeStart;

    public WorkflowCanvas(ObservableList<DesignNode> nodes, ObservableList<DesignEdge> edges,
                          ObjectProperty<DesignNode> selectedNode, ObjectProperty<DesignEdge> selectedEdge,
                          DoubleProperty zoom, CanvasActions actions) {
        this(nodes, edges, selectedNode, selectedEdge, javafx.collections.FXCollections.observableArrayList(), zoom,
                actions);
    }

    /** @param selection the selected nodes when several can be (shift-click, rubber band); drawn as selected */
    public WorkflowCanvas(ObservableList<DesignNode> nodes, ObservableList<DesignEdge> edges,
                          ObjectProperty<DesignNode> selectedNode, ObjectProperty<DesignEdge> selectedEdge,
                          ObservableList<DesignNode> selection, DoubleProperty zoom, CanvasActions actions) {
        this.nodes = nodes;
        this.selection = selection;
        this.selectedNode = selectedNode;
        this.selectedEdge = selectedEdge;
        this.actions = actions;
        this.zoom = zoom;
        setId("canvas");
        getStyleClass().add("wf-canvas");
        setMinSize(200, 200);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        edgeLayer.setPickOnBounds(false);
        nodeLayer.setPickOnBounds(false);
        content.setPickOnBounds(false);
        rubberBand.getStyleClass().add("wf-rubber-band");
        rubberBand.setMouseTransparent(true);
        rubberBand.setVisible(false);
        marquee.getStyleClass().add("wf-marquee");
        marquee.setMouseTransparent(true);
        marquee.setVisible(false);
        content.getChildren().addAll(edgeLayer, nodeLayer, rubberBand, marquee);
        content.getTransforms().addAll(pan, scale);
        getChildren().add(content);

        scale.xProperty().bind(zoom);
        scale.yProperty().bind(zoom);

        nodes.forEach(this::addBox);
        nodes.addListener((ListChangeListener<DesignNode>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::removeBox);
                change.getAddedSubList().forEach(this::addBox);
            }
        });
        edges.forEach(this::addLine);
        edges.addListener((ListChangeListener<DesignEdge>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::removeLine);
                change.getAddedSubList().forEach(this::addLine);
            }
        });
        selectedNode.addListener((o, was, now) -> restyleSelection());
        selection.addListener((ListChangeListener<DesignNode>) change -> restyleSelection());
        selectedEdge.addListener((o, was, now) -> {
            if (was != null && lines.containsKey(was)) {
                lines.get(was).selected(false);
            }
            if (now != null && lines.containsKey(now)) {
                lines.get(now).selected(true);
            }
        });

        setOnMousePressed(this::startPan);
        setOnMouseDragged(this::dragPan);
        setOnMouseReleased(this::endPanOrMarquee);
        addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, this::followRubberBand);
        addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, this::dropFromPalette);
        setOnScroll(this::zoomByWheel);
    }

    /** Where a scene point lies in canvas (model) coordinates, after pan and zoom. */
    public Point2D toCanvas(double sceneX, double sceneY) {
        return content.sceneToLocal(sceneX, sceneY);
    }

    /** The view of a node, for tests and screenshots. */
    public Pane boxOf(DesignNode node) {
        return boxes.get(node);
    }

    private void addBox(DesignNode node) {
        NodeBox box = new NodeBox(node);
        boxes.put(node, box);
        nodeLayer.getChildren().add(box);
        box.selected(isSelected(node));
        wireNodeGestures(box);
    }

    private void removeBox(DesignNode node) {
        NodeBox box = boxes.remove(node);
        if (box != null) {
            nodeLayer.getChildren().remove(box);
        }
    }

    private void addLine(DesignEdge edge) {
        DesignNode from = find(edge.from());
        DesignNode to = find(edge.to());
        if (from == null || to == null) {
            return; // an edge to a missing node: the server's validation names it
        }
        EdgeLine line = new EdgeLine(edge, from, to);
        lines.put(edge, line);
        edgeLayer.getChildren().add(line);
        line.setOnMouseClicked(e -> {
            actions.select(edge);
            e.consume();
        });
        line.setOnMousePressed(MouseEvent::consume);
    }

    private void removeLine(DesignEdge edge) {
        EdgeLine line = lines.remove(edge);
        if (line != null) {
            edgeLayer.getChildren().remove(line);
        }
    }

    private DesignNode find(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
    }

    private boolean isSelected(DesignNode node) {
        return node.equals(selectedNode.get()) || selection.contains(node);
    }

    private void restyleSelection() {
        boxes.forEach((node, box) -> box.selected(isSelected(node)));
    }

    private void wireNodeGestures(NodeBox box) {
        DesignNode node = box.node();
        double[] pressedAt = new double[2];
        Map<DesignNode, Point2D> from = new java.util.LinkedHashMap<>();
        box.setOnMousePressed(e -> {
            from.clear();
            e.consume();
            if (e.isShiftDown() && actions.editable()) {
                actions.toggle(node);
                return;
            }
            if (!selection.contains(node) || selection.size() < 2) {
                actions.select(node);
            }
            pressedAt[0] = e.getSceneX();
            pressedAt[1] = e.getSceneY();
            for (DesignNode moving : selection.contains(node) ? List.copyOf(selection) : List.of(node)) {
                from.put(moving, new Point2D(moving.xProperty().get(), moving.yProperty().get()));
            }
        });
        box.setOnMouseDragged(e -> {
            if (actions.editable() && e.getButton() == MouseButton.PRIMARY && !from.isEmpty()) {
                double factor = zoom.get();
                double dx = (e.getSceneX() - pressedAt[0]) / factor;
                double dy = (e.getSceneY() - pressedAt[1]) / factor;
                from.forEach((moving, start) -> {
                    moving.xProperty().set(Math.max(0, start.getX() + dx));
                    moving.yProperty().set(Math.max(0, start.getY() + dy));
                });
            }
            e.consume();
        });
        box.setOnMouseReleased(e -> {
            if (actions.editable() && !from.isEmpty()) {
                actions.moved(Map.copyOf(from));
            }
            e.consume();
        });

        if (!actions.editable()) {
            return;
        }
        box.output().setOnMousePressed(e -> {
            Point2D at = toCanvas(e.getSceneX(), e.getSceneY());
            rubberBand.setStartX(node.xProperty().get() + DesignNode.WIDTH);
            rubberBand.setStartY(node.yProperty().get() + DesignNode.HEIGHT / 2);
            rubberBand.setEndX(at.getX());
            rubberBand.setEndY(at.getY());
            e.consume();
        });
        box.output().setOnDragDetected(e -> {
            rubberBand.setVisible(true);
            box.output().startFullDrag();
            e.consume();
        });
        box.output().setOnMouseDragged(e -> {
            Point2D at = toCanvas(e.getSceneX(), e.getSceneY());
            rubberBand.setEndX(at.getX());
            rubberBand.setEndY(at.getY());
            e.consume();
        });
        box.output().setOnMouseReleased(e -> {
            rubberBand.setVisible(false);
            e.consume();
        });
        box.input().setOnMouseDragReleased(e -> {
            if (e.getGestureSource() instanceof javafx.scene.shape.Circle port
                    && port.getUserData() instanceof DesignNode source && port.getId().startsWith("port-out-")) {
                actions.connect(source.id(), node.id());
                rubberBand.setVisible(false);
                e.consume();
            }
        });
    }

    private void followRubberBand(MouseDragEvent e) {
        if (rubberBand.isVisible()) {
            Point2D at = toCanvas(e.getSceneX(), e.getSceneY());
            rubberBand.setEndX(at.getX());
            rubberBand.setEndY(at.getY());
        }
    }

    private void dropFromPalette(MouseDragEvent e) {
        rubberBand.setVisible(false);
        if (actions.editable() && e.getGestureSource() instanceof PaletteItem item) {
            Point2D at = toCanvas(e.getSceneX(), e.getSceneY());
            actions.drop(item.type(), at.getX() - DesignNode.WIDTH / 2, at.getY() - DesignNode.HEIGHT / 2);
            e.consume();
        }
    }

    private void startPan(MouseEvent e) {
        if (e.isShiftDown() && actions.editable()) { // a rubber band selects the nodes it overlaps
            marqueeStart = toCanvas(e.getSceneX(), e.getSceneY());
            marquee.setX(marqueeStart.getX());
            marquee.setY(marqueeStart.getY());
            marquee.setWidth(0);
            marquee.setHeight(0);
            marquee.setVisible(true);
            return;
        }
        panStart = new Point2D(e.getSceneX() - pan.getX(), e.getSceneY() - pan.getY());
        selectedNode.set(null);
        selectedEdge.set(null);
    }

    private void endPanOrMarquee(MouseEvent e) {
        panStart = null;
        if (marqueeStart != null) {
            Point2D end = toCanvas(e.getSceneX(), e.getSceneY());
            actions.selectArea(marqueeStart.getX(), marqueeStart.getY(), end.getX(), end.getY());
            marqueeStart = null;
            marquee.setVisible(false);
        }
    }

    private void dragPan(MouseEvent e) {
        if (marqueeStart != null) {
            Point2D at = toCanvas(e.getSceneX(), e.getSceneY());
            marquee.setX(Math.min(at.getX(), marqueeStart.getX()));
            marquee.setY(Math.min(at.getY(), marqueeStart.getY()));
            marquee.setWidth(Math.abs(at.getX() - marqueeStart.getX()));
            marquee.setHeight(Math.abs(at.getY() - marqueeStart.getY()));
        } else if (panStart != null) {
            pan.setX(e.getSceneX() - panStart.getX());
            pan.setY(e.getSceneY() - panStart.getY());
        }
    }

    private void zoomByWheel(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        double factor = e.getDeltaY() > 0 ? 1.1 : 1 / 1.1;
        zoom.set(Math.max(DesignerViewModel.MIN_ZOOM, Math.min(DesignerViewModel.MAX_ZOOM, zoom.get() * factor)));
        e.consume();
    }
}
