package io.switchboard.console.widgets;

import javafx.collections.ObservableMap;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.HashMap;
import java.util.Map;

/**
 * The controls of a {@link SchemaForm}: a row per field (a check box for booleans, a choice for enums, else a
 * text field), each bound to the field's text in a view model's map; fields with a problem are marked.
 */
public final class SchemaFormPane extends GridPane {

    private final Map<String, Control> controls = new HashMap<>();
    private final String idPrefix;

    /** @param idPrefix prefix of each control's id (the field name follows), for tests and styling */
    public SchemaFormPane(String idPrefix) {
        this.idPrefix = idPrefix;
        setHgap(6);
        setVgap(4);
    }

    /** Shows the form's fields, with the texts (and later edits) in {@code values}; {@code whenEmpty} if none. */
    public void show(SchemaForm schema, ObservableMap<String, String> values, String whenEmpty) {
        getChildren().clear();
        controls.clear();
        int row = 0;
        for (SchemaForm.Field field : schema.fields()) {
            Control control = control(field, values);
            control.setId(idPrefix + field.name());
            if (!field.description().isEmpty()) {
                control.setTooltip(new Tooltip(field.description()));
            }
            controls.put(field.name(), control);
            Label label = new Label(field.name() + (field.required() ? " *" : "") + "  (" + field.type() + ")");
            addRow(row++, label, control);
            GridPane.setHgrow(control, Priority.ALWAYS);
        }
        if (schema.fields().isEmpty() && whenEmpty != null && !whenEmpty.isBlank()) {
            addRow(0, new Label(whenEmpty));
        }
    }

    /** Marks the fields named in {@code problems} (the problem as their tooltip) and clears the others. */
    public void mark(Map<String, String> problems) {
        controls.forEach((name, control) -> {
            String problem = problems.get(name);
            control.getStyleClass().remove("field-problem");
            if (problem != null) {
                control.getStyleClass().add("field-problem");
                control.setTooltip(new Tooltip(problem));
            }
        });
    }

    private static Control control(SchemaForm.Field field, ObservableMap<String, String> values) {
        String name = field.name();
        switch (field.type()) {
            case "boolean" -> {
                CheckBox box = new CheckBox();
                box.setSelected(Boolean.parseBoolean(values.getOrDefault(name, "")));
                box.selectedProperty().addListener((o, was, now) -> values.put(name, Boolean.toString(now)));
                return box;
            }
            case "enum" -> {
                ComboBox<String> choice = new ComboBox<>();
                choice.getItems().addAll(field.choices());
                choice.setValue(values.getOrDefault(name, ""));
                choice.valueProperty().addListener((o, was, now) -> values.put(name, now == null ? "" : now));
                return choice;
            }
            default -> {
                TextField text = new TextField(values.getOrDefault(name, ""));
                text.setPromptText(field.description());
                text.textProperty().addListener((o, was, now) -> values.put(name, now));
                return text;
            }
        }
    }
}
