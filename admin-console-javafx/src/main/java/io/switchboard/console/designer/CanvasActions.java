package io.switchboard.console.designer;

/** What the canvas asks of its owner when the user acts on it; a read-only canvas only selects. */
public interface CanvasActions {

    void select(DesignNode node);

    void select(DesignEdge edge);

    default boolean editable() {
        return true;
    }

    default void drop(String type, double x, double y) {
    }

    /** Nodes were dragged from these positions to where they are now. */
    default void moved(java.util.Map<DesignNode, javafx.geometry.Point2D> from) {
    }

    /** Shift-click: the node joins or leaves the selection. */
    default void toggle(DesignNode node) {
        select(node);
    }

    /** A rubber band (shift-drag on the background) from one canvas point to another. */
    default void selectArea(double x1, double y1, double x2, double y2) {
    }

    default void connect(String from, String to) {
    }

    /** The designer's actions: every gesture becomes an undoable edit of the view model. */
    static CanvasActions of(DesignerViewModel model) {
        return new CanvasActions() {
            @Override
            public void select(DesignNode node) {
                model.select(node);
            }

            @Override
            public void select(DesignEdge edge) {
                model.select(edge);
            }

            @Override
            public void drop(String type, double x, double y) {
                model.addNode(type, x, y);
            }

            @Override
            public void moved(java.util.Map<DesignNode, javafx.geometry.Point2D> from) {
                model.moved(from);
            }

            @Override
            public void toggle(DesignNode node) {
                model.toggle(node);
            }

            @Override
            public void selectArea(double x1, double y1, double x2, double y2) {
                model.selectArea(x1, y1, x2, y2);
            }

            @Override
            public void connect(String from, String to) {
                model.connect(from, to);
            }
        };
    }
}
