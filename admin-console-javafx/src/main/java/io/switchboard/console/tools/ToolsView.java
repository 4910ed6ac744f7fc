package io.switchboard.console.tools;

import io.switchboard.api.tool.McpServerView;
import io.switchboard.api.tool.ToolAuditEntry;
import io.switchboard.api.tool.ToolView;
import io.switchboard.console.widgets.Cells;

import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;

import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.HashMap;
import java.util.Map;

/** Tools and MCP servers on the left; the selected tool's generated form, result and audit on the right. */
public final class ToolsView extends SplitPane {

    private final ToolsViewModel model;
    private final GridPane form = new GridPane();
    private final Map<String, Control> controls = new HashMap<>();

    public ToolsView(ToolsViewModel model, boolean canRefreshServers) {
        this.model = model;
        setId("tools");
        ListView<ToolView> tools = new ListView<>(model.tools());
        tools.setId("tool-list");
        tools.setCellFactory(Cells.text(t -> t.name() + " · " + t.kind() + (t.enabled() ? "" : " · disabled")));
        tools.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        ListView<McpServerView> servers = new ListView<>(model.servers());
        servers.setId("mcp-servers");
        servers.setPrefHeight(150);
        servers.setCellFactory(Cells.text(s ->
                s.name() + " (" + s.transport() + ") · " + s.status() + (s.tools() == null ? "" : " · " + s.tools().size() + " tools")));
        Button refreshServer = new Button("Refresh server");
        refreshServer.setId("mcp-refresh");
        refreshServer.setVisible(canRefreshServers);
        refreshServer.disableProperty().bind(servers.getSelectionModel().selectedItemProperty().isNull());
        refreshServer.setOnAction(e -> model.refreshServer(servers.getSelectionModel().getSelectedItem()));
        Button reload = new Button("Reload");
        reload.setOnAction(e -> {
            model.refresh();
            model.refreshServers();
        });
        VBox left = new VBox(6, reload, tools, new Label("MCP servers"), servers, refreshServer);
        VBox.setVgrow(tools, Priority.ALWAYS);
        left.setPadding(new Insets(8));

        Label description = new Label();
        description.setWrapText(true);
        description.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.selectedProperty().get() == null ? "Select a tool to try it."
                        : model.selectedProperty().get().description(), model.selectedProperty()));
        form.setId("tool-form");
        form.setHgap(6);
        form.setVgap(4);
        model.formProperty().addListener((o, was, now) -> buildForm(now));
        model.fieldProblems().addListener((MapChangeListener<String, String>) c -> markProblems());
        Button invoke = new Button("Invoke");
        invoke.setId("tool-invoke");
        invoke.disableProperty().bind(model.selectedProperty().isNull());
        invoke.setOnAction(e -> model.invoke());
        TextArea result = new TextArea();
        result.setId("tool-result");
        result.setEditable(false);
        result.setPrefRowCount(4);
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());
        Label message = new Label();
        message.setId("tools-message");
        message.textProperty().bind(model.messageProperty());

        TableView<ToolAuditEntry> audit = new TableView<>(model.audit());
        audit.setId("tool-audit");
        audit.getColumns().add(Cells.column("When", a -> String.valueOf(a.startedAt())));
        audit.getColumns().add(Cells.column("Caller", a -> a.callerType() + " " + a.caller()));
        audit.getColumns().add(Cells.column("Outcome", ToolAuditEntry::outcome));
        audit.getColumns().add(Cells.column("ms", a -> Long.toString(a.durationMs())));
        audit.getColumns().add(Cells.column("Arguments (redacted)", a -> String.valueOf(a.arguments())));
        audit.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        VBox right = new VBox(8, description, form, invoke, result, message, new Label("Audit"), audit);
        VBox.setVgrow(audit, Priority.ALWAYS);
        right.setPadding(new Insets(8));
        getItems().addAll(left, right);
        setDividerPositions(0.3);
    }

    private void buildForm(SchemaForm schema) {
        form.getChildren().clear();
        controls.clear();
        int row = 0;
        for (SchemaForm.Field field : schema.fields()) {
            Control control = control(field);
            control.setId("arg-" + field.name());
            if (!field.description().isEmpty()) {
                control.setTooltip(new Tooltip(field.description()));
            }
            controls.put(field.name(), control);
            Label label = new Label(field.name() + (field.required() ? " *" : "") + "  (" + field.type() + ")");
            form.addRow(row++, label, control);
            GridPane.setHgrow(control, Priority.ALWAYS);
        }
        if (schema.fields().isEmpty()) {
            form.addRow(0, new Label("This tool takes no arguments."));
        }
    }

    private Control control(SchemaForm.Field field) {
        String name = field.name();
        switch (field.type()) {
            case "boolean" -> {
                CheckBox box = new CheckBox();
                box.setSelected(Boolean.parseBoolean(model.values().getOrDefault(name, "")));
                box.selectedProperty().addListener((o, was, now) -> model.values().put(name, Boolean.toString(now)));
                return box;
            }
            case "enum" -> {
                ComboBox<String> choice = new ComboBox<>();
                choice.getItems().addAll(field.choices());
                choice.setValue(model.values().getOrDefault(name, ""));
                choice.valueProperty().addListener((o, was, now) -> model.values().put(name, now == null ? "" : now));
                return choice;
            }
            default -> {
                TextField text = new TextField(model.values().getOrDefault(name, ""));
                text.setPromptText(field.description());
                text.textProperty().addListener((o, was, now) -> model.values().put(name, now));
                return text;
            }
        }
    }

    private void markProblems() {
        controls.forEach((name, control) -> {
            String problem = model.fieldProblems().get(name);
            control.getStyleClass().remove("field-problem");
            if (problem != null) {
                control.getStyleClass().add("field-problem");
                control.setTooltip(new Tooltip(problem));
            }
        });
    }

}
