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

    default void moved(DesignNode node, double fromX, double fromY) {
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
            public void moved(DesignNode node, double fromX, double fromY) {
                model.moved(node, fromX, fromY);
            }

            @Override
            public void connect(String from, String to) {
                model.connect(from, to);
            }
        };
    }
}
