package io.switchboard.console.runs;

import io.switchboard.api.client.EventsApi;
import io.switchboard.api.client.RunsApi;
import io.switchboard.api.client.WorkflowsApi;
import io.switchboard.api.workflow.ApprovalRequest;
import io.switchboard.api.workflow.NodeRunView;
import io.switchboard.api.workflow.RunRequest;
import io.switchboard.api.workflow.RunView;
import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.console.client.LiveEventFeed;
import io.switchboard.console.concurrent.BackgroundTasks;
import io.switchboard.console.concurrent.Failures;
import io.switchboard.console.designer.DefinitionMapping;
import io.switchboard.console.designer.DesignEdge;
import io.switchboard.console.designer.DesignNode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs: the history (filtered by workflow and state), and one watched run drawn on its pinned version's canvas,
 * node states updated live: every event of the run on the event stream (and every reconnection, see
 * {@link LiveEventFeed}) makes the model fetch the run again, until it finishes; {@link #liveProperty()} says
 * whether the stream is up.
 */
public final class RunsViewModel {

    static final Set<String> FINISHED = Set.of("completed", "failed", "stopped");

    private final RunsApi runs;
    private final WorkflowsApi workflows;
    private final EventsApi events;
    private final BackgroundTasks tasks;

    private final ObservableList<RunView> history = FXCollections.observableArrayList();
    private final StringProperty workflowFilter = new SimpleStringProperty("");
    private final StringProperty stateFilter = new SimpleStringProperty("");
    private final ObjectProperty<RunView> current = new SimpleObjectProperty<>();
    private final ObservableList<DesignNode> nodes = FXCollections.observableArrayList();
    private final ObservableList<DesignEdge> edges = FXCollections.observableArrayList();
    private final ObjectProperty<DesignNode> selectedNode = new SimpleObjectProperty<>();
    private final ObjectProperty<DesignEdge> selectedEdge = new SimpleObjectProperty<>();
    private final StringProperty nodeDetail = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty live = new SimpleBooleanProperty();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final Map<String, WorkflowDocument> definitions = new java.util.concurrent.ConcurrentHashMap<>();

    private LiveEventFeed feed;
    private String watching;
    private boolean fetching;
    private boolean fetchAgain;
    private String shownDefinition;

    public RunsViewModel(RunsApi runs, WorkflowsApi workflows, EventsApi events, BackgroundTasks tasks) {
        this.runs = runs;
        this.workflows = workflows;
        this.events = events;
        this.tasks = tasks;
        selectedNode.addListener((o, was, now) -> showDetail());
    }

    /** Starts a run of a workflow with inputs given as a JSON object text, and watches it. */
    public void start(String workflowId, String inputsJson) {
        JsonObject inputs;
        try {
            inputs = parseInputs(inputsJson);
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        start(workflowId, inputs);
    }

    /** Starts a run of a workflow with the given inputs, and watches it. */
    public void start(String workflowId, JsonObject inputs) {
        message.set("Starting a run …");
        tasks.run(() -> runs.start(workflowId, new RunRequest(inputs, null)), run -> {
            message.set("Run " + run.id() + " started.");
            watch(run.id());
            refresh();
        }, this::failed);
    }

    public void refresh() {
        String workflow = workflowFilter.get();
        String state = stateFilter.get();
        tasks.run(() -> runs.runs(workflow, state, 100), history::setAll, this::failed);
    }

    /** Shows a run and follows it live until it finishes. */
    public void watch(String runId) {
        unsubscribe();
        watching = runId;
        feed = new LiveEventFeed(events, tasks, runId, event -> fetch(runId), () -> fetch(runId));
        live.bind(feed.liveProperty());
        feed.start();
    }

    public void approve(boolean approve) {
        RunView run = current.get();
        DesignNode node = selectedNode.get();
        String nodeId = node != null && "waiting".equals(node.stateProperty().get()) ? node.id() : waitingNode(run);
        if (run == null || nodeId == null) {
            message.set("No approval is waiting in this run.");
            return;
        }
        tasks.run(() -> runs.decide(run.id(), nodeId, new ApprovalRequest(approve, null)), this::show, this::failed);
    }

    public void stop() {
        RunView run = current.get();
        if (run != null) {
            tasks.run(() -> runs.stop(run.id()), this::show, this::failed);
        }
    }

    public void restart() {
        RunView run = current.get();
        if (run != null) {
            tasks.run(() -> runs.restart(run.id()), restarted -> watch(restarted.id()), this::failed);
        }
    }

    /** Stops following the run (the screen is closed or another run is watched). */
    public void unsubscribe() {
        if (feed != null) {
            feed.stop();
            live.unbind();
            feed = null;
        }
        live.set(false);
    }

    /**
     * Fetches the watched run again. A burst of events (a wave of nodes finishing) makes one fetch in flight and
     * at most one more after it, not one per event.
     */
    private void fetch(String runId) {
        if (fetching) {
            fetchAgain = true;
            return;
        }
        fetching = true;
        tasks.run(() -> {
            RunView run = runs.run(runId);
            String key = run.workflowId() + ":" + run.version();
            WorkflowDocument definition = definitions.get(key);
            if (definition == null) {
                definition = workflows.version(run.workflowId(), run.version()).definition();
            }
            return new Fetched(run, key, definition);
        }, fetched -> {
            definitions.put(fetched.key(), fetched.definition());
            if (runId.equals(watching)) {
                if (!fetched.key().equals(shownDefinition)) {
                    selectedNode.set(null);
                    nodes.setAll(DefinitionMapping.nodes(fetched.definition()));
                    edges.setAll(DefinitionMapping.edges(fetched.definition()));
                    shownDefinition = fetched.key();
                }
                show(fetched.run());
            }
            fetched();
        }, failure -> {
            failed(failure);
            fetched();
        });
    }

    private void fetched() {
        fetching = false;
        if (fetchAgain && watching != null) {
            fetchAgain = false;
            fetch(watching);
        }
    }

    private record Fetched(RunView run, String key, WorkflowDocument definition) {
    }

    void show(RunView run) {
        current.set(run);
        Map<String, NodeRunView> latest = new HashMap<>();
        for (NodeRunView n : run.nodes() == null ? List.<NodeRunView>of() : run.nodes()) {
            latest.put(n.nodeId(), n);
        }
        for (DesignNode node : nodes) {
            NodeRunView n = latest.get(node.id());
            node.stateProperty().set(n == null ? null : n.state());
        }
        showDetail();
        if (FINISHED.contains(run.state())) {
            unsubscribe();
            message.set("Run " + run.state() + (run.error() == null ? "." : ": " + run.error()));
            history.replaceAll(r -> r.id().equals(run.id()) ? run : r);
        } else {
            message.set("Run " + run.state() + " …");
        }
    }

    private void showDetail() {
        DesignNode node = selectedNode.get();
        RunView run = current.get();
        if (node == null || run == null || run.nodes() == null) {
            nodeDetail.set(run == null ? "" : "Run " + run.id() + " of " + run.workflowName() + " v" + run.version()
                    + ": " + run.state() + (run.output() == null ? "" : "\nOutput: " + run.output()));
            return;
        }
        NodeRunView n = run.nodes().stream().filter(r -> r.nodeId().equals(node.id()))
                .reduce((a, b) -> b).orElse(null);
        if (n == null) {
            nodeDetail.set(node.id() + ": not run (yet)");
            return;
        }
        StringBuilder text = new StringBuilder(node.id()).append(": ").append(n.state());
        if (n.durationMs() != null) {
            text.append(" in ").append(n.durationMs()).append(" ms");
        }
        text.append(", attempts ").append(n.attempts());
        if (n.output() != null && n.output() != JsonValue.NULL) {
            text.append("\nOutput: ").append(n.output());
        }
        if (n.error() != null) {
            text.append("\nError: ").append(n.error());
        }
        nodeDetail.set(text.toString());
    }

    private static String waitingNode(RunView run) {
        if (run == null || run.nodes() == null) {
            return null;
        }
        return run.nodes().stream().filter(n -> "waiting".equals(n.state())).map(NodeRunView::nodeId)
                .findFirst().orElse(null);
    }

    static JsonObject parseInputs(String text) {
        if (text == null || text.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (JsonParsingException e) {
            throw new IllegalArgumentException("The inputs are not valid JSON: " + e.getMessage());
        }
        throw new IllegalArgumentException("The inputs must be a JSON object, e.g. {\"question\": \"…\"}");
    }

    private void failed(Throwable failure) {
        message.set(Failures.describe(failure));
    }

    public ObservableList<RunView> history() {
        return history;
    }

    public StringProperty workflowFilterProperty() {
        return workflowFilter;
    }

    public StringProperty stateFilterProperty() {
        return stateFilter;
    }

    public ObjectProperty<RunView> currentProperty() {
        return current;
    }

    public ObservableList<DesignNode> nodes() {
        return nodes;
    }

    public ObservableList<DesignEdge> edges() {
        return edges;
    }

    public ObjectProperty<DesignNode> selectedNodeProperty() {
        return selectedNode;
    }

    public ObjectProperty<DesignEdge> selectedEdgeProperty() {
        return selectedEdge;
    }

    public StringProperty nodeDetailProperty() {
        return nodeDetail;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty liveProperty() {
        return live;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }
}
