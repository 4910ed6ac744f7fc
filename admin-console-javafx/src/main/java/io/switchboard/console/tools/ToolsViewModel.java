package io.switchboard.console.tools;

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
}
