package io.switchboard.console.tools;

import io.switchboard.api.tool.McpServerView;
import io.switchboard.api.tool.ToolAuditEntry;
import io.switchboard.api.tool.ToolView;
import io.switchboard.console.widgets.Cells;
import io.switchboard.console.widgets.Confirm;
import io.switchboard.console.widgets.SchemaFormPane;

import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;


/** Tools and MCP servers on the left; the selected tool's generated form, result and audit on the right. */
public final class ToolsView extends SplitPane {

    private final ToolsViewModel model;
    private final SchemaFormPane form = new SchemaFormPane("arg-");

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
        Button removeServer = new Button("Remove server");
        removeServer.setId("mcp-remove");
        removeServer.setVisible(canRefreshServers);
        removeServer.disableProperty().bind(servers.getSelectionModel().selectedItemProperty().isNull());
        removeServer.setOnAction(e -> {
            McpServerView selected = servers.getSelectionModel().getSelectedItem();
            Confirm.then("Remove MCP server " + selected.name() + " and its tools from the registry?",
                    () -> model.deleteServer(selected));
        });
        Label serverMessage = new Label();
        serverMessage.setId("mcp-message");
        serverMessage.setWrapText(true);
        serverMessage.textProperty().bind(model.serverMessageProperty());
        VBox left = new VBox(6, reload, tools, new Label("MCP servers"), servers,
                new javafx.scene.layout.HBox(6, refreshServer, removeServer), serverMessage);
        if (canRefreshServers) {
            left.getChildren().add(addServerForm(model));
        }
        VBox.setVgrow(tools, Priority.ALWAYS);
        left.setPadding(new Insets(8));

        Label description = new Label();
        description.setWrapText(true);
        description.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.selectedProperty().get() == null ? "Select a tool to try it."
                        : model.selectedProperty().get().description(), model.selectedProperty()));
        form.setId("tool-form");
        model.formProperty().addListener((o, was, now) -> form.show(now, model.values(),
                model.selectedProperty().get() == null ? "" : "This tool takes no arguments."));
        model.fieldProblems().addListener((MapChangeListener<String, String>) c -> form.mark(model.fieldProblems()));
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


    /** An admin's form for a new MCP server: a stdio command line with environment, or a URL with headers. */
    private static javafx.scene.control.TitledPane addServerForm(ToolsViewModel model) {
        TextField name = new TextField();
        name.setId("mcp-name");
        name.setPromptText("prefix of its tools' names, e.g. everything");
        name.textProperty().bindBidirectional(model.serverNameProperty());
        javafx.scene.control.ToggleGroup transport = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.RadioButton stdio = new javafx.scene.control.RadioButton("stdio command");
        stdio.setId("mcp-stdio");
        stdio.setToggleGroup(transport);
        stdio.setSelected(!model.serverHttpProperty().get());
        javafx.scene.control.RadioButton http = new javafx.scene.control.RadioButton("streamable HTTP");
        http.setId("mcp-http");
        http.setToggleGroup(transport);
        http.setSelected(model.serverHttpProperty().get());
        model.serverHttpProperty().bind(http.selectedProperty());
        TextField command = new TextField();
        command.setId("mcp-command");
        command.setPromptText("npx -y @modelcontextprotocol/server-everything");
        command.textProperty().bindBidirectional(model.serverCommandProperty());
        command.disableProperty().bind(http.selectedProperty());
        TextField url = new TextField();
        url.setId("mcp-url");
        url.setPromptText("https://mcp.example.com/mcp");
        url.textProperty().bindBidirectional(model.serverUrlProperty());
        url.disableProperty().bind(stdio.selectedProperty());
        TextArea pairs = new TextArea();
        pairs.setId("mcp-pairs");
        pairs.setPrefRowCount(2);
        pairs.setPromptText("NAME=value per line; values may be {{secret:NAME}}");
        pairs.textProperty().bindBidirectional(model.serverPairsProperty());
        Label pairsLabel = new Label();
        pairsLabel.textProperty().bind(javafx.beans.binding.Bindings.when(http.selectedProperty())
                .then("Headers").otherwise("Environment"));
        Button register = new Button("Register");
        register.setId("mcp-register");
        register.setOnAction(e -> model.registerServer());
        VBox box = new VBox(4, new Label("Name"), name, new javafx.scene.layout.HBox(8, stdio, http),
                new Label("Command"), command, new Label("URL"), url, pairsLabel, pairs, register);
        javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane("Add an MCP server", box);
        pane.setId("mcp-add");
        pane.setExpanded(false);
        return pane;
    }
}
