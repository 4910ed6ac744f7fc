package io.switchboard.console.designer;

import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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
        model.selectedEdgeProperty().addListener((o, was, now) -> {
            if (now != null) {
                showConnection(now);
            } else if (model.selectedNodeProperty().get() == null) {
                show((DesignNode) null);
            }
        });
        model.nodes().addListener((javafx.collections.ListChangeListener<DesignNode>) c -> show(
                model.selectedNodeProperty().get()));
        show((DesignNode) null);
    }

    private void show(DesignNode node) {
        getChildren().clear();
        Label heading = new Label("Properties");
        heading.getStyleClass().add("heading");
        getChildren().add(heading);
        if (node == null) {
            Label none = new Label("Select a node or a connection to edit it.");
            none.setWrapText(true);
            getChildren().add(none);
            workflowInputs();
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
        if (NodeKinds.hasInput(node.type()) && NodeKinds.hasOutput(node.type())) {
            settings(node);
        }
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(node.problemProperty());
        getChildren().add(problem);
    }

    /** With nothing selected: the workflow's inputs, one per line, which runs are started with. */
    private void workflowInputs() {
        Label heading = new Label("Workflow inputs");
        heading.getStyleClass().add("heading");
        TextArea lines = area();
        lines.setId("workflow-inputs");
        lines.setPrefRowCount(5);
        lines.setWrapText(false);
        lines.setText(model.inputsTextProperty().get());
        lines.setPromptText("question: string -- what to ask\namount?: number = 10");
        model.inputsTextProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends String> o, String was, String now) {
                if (lines.getScene() == null) {
                    model.inputsTextProperty().removeListener(this);
                } else if (!lines.isFocused()) {
                    lines.setText(now);
                }
            }
        });
        commitOn(lines, model::declareInputs);
        Label hint = new Label("One per line: name: type = default -- description; name? is optional. Types: "
                + "string, number, boolean, object, array. Expressions read them as ${inputs.name}.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        getChildren().addAll(heading, lines, hint);
    }

    /** Run settings every working node has: timeout, retries with backoff, and what a failure does. */
    private void settings(DesignNode node) {
        Label heading = new Label("When it runs");
        heading.getStyleClass().add("heading");
        getChildren().add(heading);
        TextField timeout = number("property-timeout", node.settings().timeoutSeconds(), "seconds; empty: none");
        TextField retries = number("property-retries", node.settings().retries(), "0 to 10");
        TextField backoff = number("property-backoff", node.settings().retryBackoffMs(), "milliseconds, doubling");
        ComboBox<String> onFailure = new ComboBox<>();
        onFailure.setId("property-on-failure");
        onFailure.getItems().addAll("fail", "continue", "error-edge");
        onFailure.setValue(node.settings().onFailure() == null ? "fail" : node.settings().onFailure());
        Runnable commit = () -> {
            for (TextField field : new TextField[] {timeout, retries, backoff}) {
                if (!field.getText().isBlank() && !field.getText().strip().matches("\\d{1,9}")) {
                    model.messageProperty().set(node.id() + ": timeout, retries and backoff are whole numbers "
                            + "(or empty); '" + field.getText().strip() + "' is not.");
                    return;
                }
            }
            model.configureSettings(node, new DesignNode.Settings(whole(timeout), whole(retries), whole(backoff),
                    "fail".equals(onFailure.getValue()) && node.settings().onFailure() == null ? null
                            : onFailure.getValue()));
        };
        for (TextField field : new TextField[] {timeout, retries, backoff}) {
            commitOn(field, text -> commit.run());
        }
        onFailure.setOnAction(e -> commit.run());
        getChildren().addAll(new Label("Timeout (s)"), timeout, new Label("Retries"), retries,
                new Label("Retry backoff (ms)"), backoff, new Label("On failure"), onFailure);
    }

    /** The selected connection: its ends, a condition's branch or a map's per-item path, and the error edge. */
    private void showConnection(DesignEdge edge) {
        getChildren().clear();
        Label heading = new Label("Connection");
        heading.getStyleClass().add("heading");
        getChildren().addAll(heading, new Label(edge.from() + " → " + edge.to()));
        String sourceType = model.node(edge.from()).map(DesignNode::type).orElse("");
        if ("condition".equals(sourceType)) {
            ComboBox<String> branch = new ComboBox<>();
            branch.setId("edge-branch");
            branch.getItems().addAll("true", "false");
            branch.setValue(edge.when());
            branch.setOnAction(e -> model.relabel(edge, branch.getValue(), edge.error()));
            getChildren().addAll(new Label("Branch (the other edge takes the other one)"), branch);
        } else if ("map".equals(sourceType)) {
            CheckBox item = new CheckBox("the path run for each item");
            item.setId("edge-item");
            item.setSelected("item".equals(edge.when()));
            item.setOnAction(e -> model.relabel(edge, item.isSelected() ? "item" : null, edge.error()));
            getChildren().add(item);
        }
        if (!"start".equals(sourceType)) {
            CheckBox error = new CheckBox("taken when " + edge.from() + " fails");
            error.setId("edge-error");
            error.setSelected(edge.error());
            error.setOnAction(e -> model.relabel(edge, edge.when(), error.isSelected()));
            getChildren().add(error);
        }
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        getChildren().add(message);
    }

    private static TextField number(String id, Integer value, String hint) {
        TextField field = new TextField(value == null ? "" : value.toString());
        field.setId(id);
        field.setPromptText(hint);
        return field;
    }

    /** The field's whole number (checked before), or null when it is empty. */
    private static Integer whole(TextField field) {
        return field.getText().isBlank() ? null : Integer.valueOf(field.getText().strip());
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
