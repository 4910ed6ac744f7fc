package io.switchboard.console.designer;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/**
 * The selected node's properties: id and type (fixed), name, and the configuration fields of its type. A field
 * is committed (as one undoable edit) when Enter is pressed or it loses the focus.
 */
final class PropertyPanel extends VBox {

    private final DesignerViewModel model;

    PropertyPanel(DesignerViewModel model) {
        this.model = model;
        setId("properties");
        getStyleClass().add("properties");
        setSpacing(6);
        setPadding(new Insets(10));
        setPrefWidth(260);
        model.selectedNodeProperty().addListener((o, was, now) -> show(now));
        model.nodes().addListener((javafx.collections.ListChangeListener<DesignNode>) c -> show(
                model.selectedNodeProperty().get()));
        show(null);
    }

    private void show(DesignNode node) {
        getChildren().clear();
        Label heading = new Label("Properties");
        heading.getStyleClass().add("heading");
        getChildren().add(heading);
        if (node == null) {
            getChildren().add(new Label("Select a node to edit it."));
            return;
        }
        getChildren().add(new Label(node.id() + " · " + node.type()));
        TextField name = new TextField(node.name());
        name.setId("property-name");
        commitOn(name, text -> model.rename(node, text));
        getChildren().addAll(new Label("Name"), name);
        for (NodeKinds.Field field : NodeKinds.fields(node.type())) {
            TextInputControl input = field.kind() == NodeKinds.Kind.JSON_OR_TEXT ? area() : new TextField();
            input.setId("property-" + field.key());
            input.setText(node.config().getOrDefault(field.key(), ""));
            input.setPromptText(field.hint());
            commitOn(input, text -> model.configure(node, field.key(), text));
            getChildren().addAll(new Label(field.label()), input);
        }
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(node.problemProperty());
        getChildren().add(problem);
    }

    private static TextArea area() {
        TextArea area = new TextArea();
        area.setPrefRowCount(3);
        area.setWrapText(true);
        return area;
    }

    private static void commitOn(TextInputControl input, Consumer<String> commit) {
        if (input instanceof TextField field) {
            field.setOnAction(e -> commit.accept(field.getText()));
        }
        input.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit.accept(input.getText());
            }
        });
    }
}
