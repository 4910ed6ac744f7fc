package io.switchboard.console.tools;

import io.switchboard.console.widgets.SchemaForm;

import io.switchboard.api.client.ApiCallException;
import io.switchboard.api.client.ToolsApi;
import io.switchboard.api.tool.InvokeToolRequest;
import io.switchboard.api.tool.McpServerView;
import io.switchboard.api.tool.ToolAuditEntry;
import io.switchboard.api.tool.ToolInvocationResult;
import io.switchboard.api.tool.ToolView;
import io.switchboard.console.concurrent.BackgroundTasks;
import io.switchboard.console.concurrent.Failures;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.util.Comparator;
import java.util.Map;

/**
 * The tool registry and MCP servers as lists; for the selected tool, the form its schema makes (field texts by
 * name), test-invoke, the result, and its audit. Problems of the form and of the server's schema check are shown
 * per field.
 */
public final class ToolsViewModel {

    private final ToolsApi api;
    private final BackgroundTasks tasks;
    private final ObservableList<ToolView> tools = FXCollections.observableArrayList();
    private final ObservableList<McpServerView> servers = FXCollections.observableArrayList();
    private final ObjectProperty<ToolView> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<SchemaForm> form = new SimpleObjectProperty<>(SchemaForm.of(null));
    private final ObservableMap<String, String> values = FXCollections.observableHashMap();
    private final ObservableMap<String, String> fieldProblems = FXCollections.observableHashMap();
    private final StringProperty result = new SimpleStringProperty("");
    private final ObservableList<ToolAuditEntry> audit = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty serverName = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty serverHttp = new javafx.beans.property.SimpleBooleanProperty();
    private final StringProperty serverCommand = new SimpleStringProperty("");
    private final StringProperty serverUrl = new SimpleStringProperty("");
    private final StringProperty serverPairs = new SimpleStringProperty("");
    private final StringProperty serverMessage = new SimpleStringProperty("");

    public ToolsViewModel(ToolsApi api, BackgroundTasks tasks) {
        this.api = api;
        this.tasks = tasks;
        selected.addListener((o, was, now) -> {
            values.clear();
            fieldProblems.clear();
            result.set("");
            form.set(SchemaForm.of(now == null ? null : now.parameters()));
            form.get().fields().forEach(f -> values.put(f.name(), f.defaultText()));
            if (now != null) {
                loadAudit(now.name());
            } else {
                audit.clear();
            }
        });
    }

    public void refresh() {
        tasks.run(api::tools, list -> tools.setAll(list.stream().sorted(Comparator.comparing(ToolView::name)).toList()),
                this::failed);
    }

    /** MCP servers are an admin's and operator's business: viewers are refused, and the list stays empty. */
    public void refreshServers() {
        tasks.run(api::mcpServers, servers::setAll, failure -> servers.clear());
    }

    public void refreshServer(McpServerView server) {
        tasks.run(() -> api.refreshMcpServer(server.id()), refreshed -> {
            servers.replaceAll(s -> s.id().equals(refreshed.id()) ? refreshed : s);
            message.set(refreshed.name() + ": " + refreshed.status());
            refresh();
        }, this::failed);
    }

    /** Registers the MCP server the form describes; its tools then show in the registry. */
    public void registerServer() {
        McpServerForm form = new McpServerForm(serverName.get(), serverHttp.get(), serverCommand.get(),
                serverUrl.get(), serverPairs.get());
        serverMessage.set("Registering " + (form.name().isBlank() ? "the server" : form.name().strip())
                + " (a stdio server is started first) …");
        tasks.run(() -> api.registerMcpServer(form.request()), registered -> {
            serverMessage.set("Registered " + registered.name() + ": " + registered.status()
                    + (registered.statusDetail() == null ? "" : " (" + registered.statusDetail() + ")")
                    + (registered.tools() == null ? "" : ", " + registered.tools().size() + " tool(s)."));
            serverName.set("");
            serverCommand.set("");
            serverUrl.set("");
            serverPairs.set("");
            refreshServers();
            refresh();
        }, failure -> serverMessage.set(describeRefusal(failure)));
    }

    /** Removes an MCP server with its tools. */
    public void deleteServer(McpServerView server) {
        tasks.run(() -> {
            api.deleteMcpServer(server.id());
            return server;
        }, removed -> {
            servers.remove(removed);
            serverMessage.set("Removed " + removed.name() + " and its tools.");
            refresh();
        }, failure -> serverMessage.set(describeRefusal(failure)));
    }

    private static String describeRefusal(Throwable failure) {
        if (failure instanceof ApiCallException e && !e.fieldErrors().isEmpty()) {
            return String.join("; ", e.fieldErrors().stream().map(f -> f.field() + " " + f.message()).toList());
        }
        return Failures.describe(failure);
    }

    public void invoke() {
        ToolView tool = selected.get();
        if (tool == null) {
            return;
        }
        SchemaForm.Arguments arguments = form.get().arguments(Map.copyOf(values));
        fieldProblems.clear();
        if (!arguments.valid()) {
            fieldProblems.putAll(arguments.problems());
            result.set("");
            message.set("Fix the marked fields first.");
            return;
        }
        message.set("Invoking " + tool.name() + " …");
        tasks.run(() -> api.invoke(tool.name(), new InvokeToolRequest(arguments.value())), this::show, failure -> {
            if (failure instanceof ApiCallException e) {
                e.fieldErrors().forEach(f -> fieldProblems.put(field(f.field()), f.message()));
            }
            result.set("");
            failed(failure);
            loadAudit(tool.name());
        });
    }

    private void show(ToolInvocationResult r) {
        result.set(r.status() + " in " + r.durationMs() + " ms (" + r.attempts() + " attempt(s))\n"
                + (r.text() != null ? r.text() : r.output() != null ? r.output().toString() : "")
                + (r.error() == null ? "" : "\nerror: " + r.error()));
        message.set("");
        loadAudit(r.tool());
    }

    private void loadAudit(String tool) {
        tasks.run(() -> api.audit(tool, 50), audit::setAll, failure -> audit.clear());
    }

    /** A server field path ({@code arguments.expression}, {@code /expression}) as the form's field name. */
    static String field(String path) {
        if (path == null) {
            return "";
        }
        String p = path.replaceFirst("^arguments[./]?", "").replaceFirst("^[$/.]+", "");
        int end = p.indexOf('.') >= 0 ? p.indexOf('.') : p.indexOf('/') >= 0 ? p.indexOf('/') : p.length();
        return p.substring(0, end);
    }

    private void failed(Throwable failure) {
        message.set(Failures.describe(failure));
    }

    public ObservableList<ToolView> tools() {
        return tools;
    }

    public ObservableList<McpServerView> servers() {
        return servers;
    }

    public ObjectProperty<ToolView> selectedProperty() {
        return selected;
    }

    public ObjectProperty<SchemaForm> formProperty() {
        return form;
    }

    public ObservableMap<String, String> values() {
        return values;
    }

    public ObservableMap<String, String> fieldProblems() {
        return fieldProblems;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public ObservableList<ToolAuditEntry> audit() {
        return audit;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty serverNameProperty() {
        return serverName;
    }

    /** True: a streamable-HTTP server (URL and headers); false: a stdio command (and environment). */
    public javafx.beans.property.BooleanProperty serverHttpProperty() {
        return serverHttp;
    }

    public StringProperty serverCommandProperty() {
        return serverCommand;
    }

    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    /** Environment variables (stdio) or headers (HTTP), NAME=value per line. */
    public StringProperty serverPairsProperty() {
        return serverPairs;
    }

    public StringProperty serverMessageProperty() {
        return serverMessage;
    }
}
