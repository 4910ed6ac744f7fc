package io.switchboard.console.designer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;

/** An edge on the canvas: a curve from the source's output port to the target's input port, with its label. */
final class EdgeLine extends Group {

    private final DesignEdge edge;
    private final CubicCurve curve = new CubicCurve();

    EdgeLine(DesignEdge edge, DesignNode from, DesignNode to) {
        this.edge = edge;
        setId("edge-" + edge.from() + "-" + edge.to());
        getStyleClass().add("wf-edge");
        if (edge.error()) {
            getStyleClass().add("error-edge");
        }
        DoubleBinding startX = from.xProperty().add(DesignNode.WIDTH);
        DoubleBinding startY = from.yProperty().add(DesignNode.HEIGHT / 2);
        DoubleBinding endX = to.xProperty().add(-NodeBox.PORT_RADIUS);
        DoubleBinding endY = to.yProperty().add(DesignNode.HEIGHT / 2);
        curve.startXProperty().bind(startX);
        curve.startYProperty().bind(startY);
        curve.endXProperty().bind(endX);
        curve.endYProperty().bind(endY);
        curve.controlX1Property().bind(startX.add(60));
        curve.controlY1Property().bind(startY);
        curve.controlX2Property().bind(endX.subtract(60));
        curve.controlY2Property().bind(endY);
        curve.getStyleClass().add("wf-edge-curve");

        Polygon arrow = new Polygon(0, 0, -10, -5, -10, 5);
        arrow.getStyleClass().add("wf-edge-arrow");
        arrow.layoutXProperty().bind(endX);
        arrow.layoutYProperty().bind(endY);
        arrow.setMouseTransparent(true);
        getChildren().addAll(curve, arrow);

        if (!edge.label().isEmpty()) {
            Label label = new Label(edge.label());
            label.getStyleClass().add("wf-edge-label");
            label.layoutXProperty().bind(Bindings.createDoubleBinding(
                    () -> (startX.get() + endX.get()) / 2 - 12, startX, endX));
            label.layoutYProperty().bind(Bindings.createDoubleBinding(
                    () -> (startY.get() + endY.get()) / 2 - 18, startY, endY));
            label.setMouseTransparent(true);
            getChildren().add(label);
        }
    }

    DesignEdge edge() {
        return edge;
    }

    void selected(boolean selected) {
        if (selected && !getStyleClass().contains("selected")) {
            getStyleClass().add("selected");
        } else if (!selected) {
            getStyleClass().remove("selected");
        }
    }
}
