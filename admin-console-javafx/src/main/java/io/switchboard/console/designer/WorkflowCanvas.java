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
import java.util.Map;

/**
 * The canvas that draws nodes and edges and turns gestures into {@link CanvasActions}: drop a palette item to
 * add a node, drag a node to move it, drag from an output port to an input port to connect, click to select,
 * drag the background to pan, scroll to zoom. All gestures are JavaFX full press-drag-release gestures, which
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
    private Point2D panStart;

    public WorkflowCanvas(ObservableList<DesignNode> nodes, ObservableList<DesignEdge> edges,
                          ObjectProperty<DesignNode> selectedNode, ObjectProperty<DesignEdge> selectedEdge,
                          DoubleProperty zoom, CanvasActions actions) {
        this.nodes = nodes;
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
        content.getChildren().addAll(edgeLayer, nodeLayer, rubberBand);
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
        selectedNode.addListener((o, was, now) -> {
            if (was != null && boxes.containsKey(was)) {
                boxes.get(was).selected(false);
            }
            if (now != null && boxes.containsKey(now)) {
                boxes.get(now).selected(true);
            }
        });
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
        setOnMouseReleased(e -> panStart = null);
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
        box.selected(node.equals(selectedNode.get()));
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

    private void wireNodeGestures(NodeBox box) {
        DesignNode node = box.node();
        double[] start = new double[4];
        box.setOnMousePressed(e -> {
            actions.select(node);
            start[0] = e.getSceneX();
            start[1] = e.getSceneY();
            start[2] = node.xProperty().get();
            start[3] = node.yProperty().get();
            e.consume();
        });
        box.setOnMouseDragged(e -> {
            if (actions.editable() && e.getButton() == MouseButton.PRIMARY) {
                double factor = zoom.get();
                node.xProperty().set(Math.max(0, start[2] + (e.getSceneX() - start[0]) / factor));
                node.yProperty().set(Math.max(0, start[3] + (e.getSceneY() - start[1]) / factor));
            }
            e.consume();
        });
        box.setOnMouseReleased(e -> {
            if (actions.editable()) {
                actions.moved(node, start[2], start[3]);
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
        panStart = new Point2D(e.getSceneX() - pan.getX(), e.getSceneY() - pan.getY());
        selectedNode.set(null);
        selectedEdge.set(null);
    }

    private void dragPan(MouseEvent e) {
        if (panStart != null) {
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
