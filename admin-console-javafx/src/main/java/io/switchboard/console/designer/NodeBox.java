package io.switchboard.console.designer;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * How a node looks on the canvas: its name and id/type, an input port on the left and an output port on the
 * right, a red mark and tooltip when a problem concerns it, and a colour by run state.
 */
final class NodeBox extends Pane {

    static final double PORT_RADIUS = 7;

    private final DesignNode node;
    private final Circle input;
    private final Circle output;

    NodeBox(DesignNode node) {
        this.node = node;
        setId("node-" + node.id());
        getStyleClass().addAll("wf-node", "type-" + node.type());
        setPrefSize(DesignNode.WIDTH, DesignNode.HEIGHT);
        setMinSize(DesignNode.WIDTH, DesignNode.HEIGHT);
        setMaxSize(DesignNode.WIDTH, DesignNode.HEIGHT);
        layoutXProperty().bind(node.xProperty());
        layoutYProperty().bind(node.yProperty());

        Label title = new Label();
        title.textProperty().bind(node.nameProperty());
        title.getStyleClass().add("wf-node-title");
        Label subtitle = new Label(node.id() + " · " + node.type());
        subtitle.getStyleClass().add("wf-node-subtitle");
        Label state = new Label();
        state.getStyleClass().add("wf-node-state");
        state.textProperty().bind(node.stateProperty());
        VBox text = new VBox(1, title, subtitle, state);
        text.setLayoutX(12);
        text.setLayoutY(5);
        text.setMouseTransparent(true);
        getChildren().add(text);

        input = port("port-in-" + node.id(), 0, NodeKinds.hasInput(node.type()));
        output = port("port-out-" + node.id(), DesignNode.WIDTH, NodeKinds.hasOutput(node.type()));

        Tooltip tip = new Tooltip();
        tip.textProperty().bind(node.problemProperty());
        node.problemProperty().addListener((o, was, now) -> showProblem(now, tip));
        showProblem(node.problemProperty().get(), tip);
        node.stateProperty().addListener((o, was, now) -> showState(was, now));
        showState(null, node.stateProperty().get());
    }

    private Circle port(String id, double x, boolean present) {
        Circle port = new Circle(x, DesignNode.HEIGHT / 2, PORT_RADIUS);
        port.setId(id);
        port.getStyleClass().add("wf-port");
        port.setUserData(node);
        port.setVisible(present);
        port.setManaged(false);
        getChildren().add(port);
        return port;
    }

    private void showProblem(String problem, Tooltip tip) {
        boolean has = problem != null && !problem.isBlank();
        if (has) {
            if (!getStyleClass().contains("has-problem")) {
                getStyleClass().add("has-problem");
            }
            Tooltip.install(this, tip);
        } else {
            getStyleClass().remove("has-problem");
            Tooltip.uninstall(this, tip);
        }
    }

    private void showState(String was, String now) {
        if (was != null) {
            getStyleClass().remove("state-" + was);
        }
        if (now != null) {
            getStyleClass().add("state-" + now);
        }
    }

    void selected(boolean selected) {
        if (selected && !getStyleClass().contains("selected")) {
            getStyleClass().add("selected");
        } else if (!selected) {
            getStyleClass().remove("selected");
        }
    }

    DesignNode node() {
        return node;
    }

    Circle input() {
        return input;
    }

    Circle output() {
        return output;
    }
}
