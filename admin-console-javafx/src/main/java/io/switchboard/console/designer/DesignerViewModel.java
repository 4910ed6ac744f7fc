package io.switchboard.console.designer;

import io.switchboard.api.client.ApiCallException;
import io.switchboard.api.client.WorkflowsApi;
import io.switchboard.api.problem.Problem;
import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowInput;
import io.switchboard.api.workflow.WorkflowVersionRequest;
import io.switchboard.api.workflow.WorkflowVersionView;
import io.switchboard.api.workflow.WorkflowView;
import io.switchboard.console.client.JsonCodec;
import io.switchboard.console.concurrent.BackgroundTasks;
import io.switchboard.console.concurrent.Failures;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the workflow designer does, without a view: the nodes and edges on the canvas, selection, undoable
 * edits, zoom, and the calls to the server to validate, save as a new version, and load workflows and versions.
 */
public final class DesignerViewModel {

    private static final Pattern NODE_FIELD = Pattern.compile("^nodes\\[([^\\]]*)](?:\\.(.*))?$");
    private static final Pattern EDGE_FIELD = Pattern.compile("^edges\\[(\\d+)](?:\\.(.*))?$");
    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 3.0;

    private final WorkflowsApi api;
    private final BackgroundTasks tasks;
    private final UndoHistory history = new UndoHistory();

    private final StringProperty name = new SimpleStringProperty("New workflow");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty workflowId = new SimpleStringProperty();
    private final IntegerProperty version = new SimpleIntegerProperty(0);
    private final ObservableList<DesignNode> nodes = FXCollections.observableArrayList();
    private final ObservableList<DesignEdge> edges = FXCollections.observableArrayList();
    private final ObjectProperty<DesignNode> selectedNode = new SimpleObjectProperty<>();
    private final ObjectProperty<DesignEdge> selectedEdge = new SimpleObjectProperty<>();
    private final ObservableList<DesignNode> selection = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final ObservableList<WorkflowView> workflows = FXCollections.observableArrayList();
    private final ObservableList<WorkflowVersionView> versions = FXCollections.observableArrayList();
    private List<WorkflowInput> inputs = List.of();
    private final StringProperty inputsText = new SimpleStringProperty("");

    public DesignerViewModel(WorkflowsApi api, BackgroundTasks tasks) {
        this.api = api;
        this.tasks = tasks;
        selectedNode.addListener((o, was, now) -> {
            if (now == null) {
                selection.clear();
            } else if (!selection.contains(now)) {
                selection.setAll(now);
            }
        });
    }

    // ---- canvas edits (undoable) ----

    /** Drops a node of {@code type} at a canvas position; its id is the type plus a number (start/end alone). */
    public DesignNode addNode(String type, double x, double y) {
        if (!NodeKinds.TYPES.contains(type)) {
            throw new IllegalArgumentException("no node type '" + type + "'");
        }
        DesignNode node = new DesignNode(freeId(type), type, label(type), Math.max(0, x), Math.max(0, y));
        history.perform(new UndoHistory.Edit() {
            @Override
            public void apply() {
                nodes.add(node);
                select(node);
            }

            @Override
            public void revert() {
                nodes.remove(node);
                clearSelectionOf(node);
            }
        });
        return node;
    }

    /** Records a move of several nodes the canvas already made while dragging, as one undoable edit. */
    public void moved(java.util.Map<DesignNode, javafx.geometry.Point2D> from) {
        java.util.Map<DesignNode, javafx.geometry.Point2D> to = new java.util.LinkedHashMap<>();
        from.keySet().forEach(n -> to.put(n, new javafx.geometry.Point2D(n.xProperty().get(), n.yProperty().get())));
        if (to.equals(from)) {
            return;
        }
        java.util.function.Consumer<java.util.Map<DesignNode, javafx.geometry.Point2D>> place = where ->
                where.forEach((n, p) -> {
                    n.xProperty().set(p.getX());
                    n.yProperty().set(p.getY());
                });
        history.record(edit(() -> place.accept(to), () -> place.accept(from)));
    }

    /** Records a move of one node the canvas already made while dragging, so that it can be undone. */
    public void moved(DesignNode node, double fromX, double fromY) {
        moved(java.util.Map.of(node, new javafx.geometry.Point2D(fromX, fromY)));
    }

    /**
     * Connects {@code from}'s output to {@code to}'s input. Out of a condition the first edge is its "true"
     * branch and the second its "false"; out of a map the first is the per-item path. Refused (with a message)
     * when a port is missing, the edge exists, or it would connect a node to itself.
     */
    public Optional<DesignEdge> connect(String from, String to) {
        DesignNode source = node(from).orElse(null);
        DesignNode target = node(to).orElse(null);
        if (source == null || target == null) {
            return refuse("Both ends of a connection must be nodes.");
        }
        if (from.equals(to)) {
            return refuse("A node cannot be connected to itself.");
        }
        if (!NodeKinds.hasOutput(source.type())) {
            return refuse("An end node has no output.");
        }
        if (!NodeKinds.hasInput(target.type())) {
            return refuse("A start node has no input.");
        }
        long outgoing = edges.stream().filter(e -> e.from().equals(from)).count();
        String when = switch (source.type()) {
            case "condition" -> outgoing == 0 ? "true" : outgoing == 1 ? "false" : null;
            case "map" -> outgoing == 0 ? "item" : null;
            default -> null;
        };
        if ("condition".equals(source.type()) && when == null) {
            return refuse("A condition has two branches, true and false, and both are connected.");
        }
        DesignEdge edge = new DesignEdge(from, to, when, false);
        if (edges.stream().anyMatch(e -> e.from().equals(from) && e.to().equals(to))) {
            return refuse(from + " is already connected to " + to + ".");
        }
        history.perform(new UndoHistory.Edit() {
            @Override
            public void apply() {
                edges.add(edge);
            }

            @Override
            public void revert() {
                edges.remove(edge);
                if (edge.equals(selectedEdge.get())) {
                    selectedEdge.set(null);
                }
            }
        });
        message.set("");
        return Optional.of(edge);
    }

    /** Deletes the selected nodes (with their edges, as one undoable edit) or the selected edge. */
    public void deleteSelected() {
        if (selection.size() > 1) {
            removeAll(List.copyOf(selection));
        } else if (selectedNode.get() != null) {
            remove(selectedNode.get());
        } else if (selectedEdge.get() != null) {
            remove(selectedEdge.get());
        }
    }

    private void removeAll(List<DesignNode> removed) {
        java.util.SortedMap<Integer, DesignNode> at = new java.util.TreeMap<>();
        removed.forEach(n -> at.put(nodes.indexOf(n), n));
        java.util.Set<String> ids = new java.util.HashSet<>();
        removed.forEach(n -> ids.add(n.id()));
        List<DesignEdge> attached = edges.stream().filter(e -> ids.contains(e.from()) || ids.contains(e.to())).toList();
        history.perform(edit(() -> {
            edges.removeAll(attached);
            nodes.removeAll(removed);
            selectedNode.set(null);
        }, () -> {
            at.forEach((index, n) -> nodes.add(Math.min(index, nodes.size()), n));
            edges.addAll(attached);
        }));
        message.set("Deleted " + removed.size() + " nodes and " + attached.size() + " connection(s).");
    }

    public void remove(DesignNode node) {
        int index = nodes.indexOf(node);
        if (index < 0) {
            return;
        }
        List<DesignEdge> attached = edges.stream()
                .filter(e -> e.from().equals(node.id()) || e.to().equals(node.id())).toList();
        history.perform(new UndoHistory.Edit() {
            @Override
            public void apply() {
                edges.removeAll(attached);
                nodes.remove(node);
                clearSelectionOf(node);
            }

            @Override
            public void revert() {
                nodes.add(Math.min(index, nodes.size()), node);
                edges.addAll(attached);
            }
        });
    }

    public void remove(DesignEdge edge) {
        int index = edges.indexOf(edge);
        if (index < 0) {
            return;
        }
        history.perform(new UndoHistory.Edit() {
            @Override
            public void apply() {
                edges.remove(edge);
                if (edge.equals(selectedEdge.get())) {
                    selectedEdge.set(null);
                }
            }

            @Override
            public void revert() {
                edges.add(Math.min(index, edges.size()), edge);
            }
        });
    }

    /** Renames a node on the canvas (its id, which expressions use, stays). */
    public void rename(DesignNode node, String newName) {
        String old = node.name();
        if (Objects.equals(old, newName)) {
            return;
        }
        history.perform(edit(() -> node.nameProperty().set(newName), () -> node.nameProperty().set(old)));
    }

    /** Sets one configuration field; an empty text removes it. */
    public void configure(DesignNode node, String key, String text) {
        String old = node.config().get(key);
        String value = text == null || text.isEmpty() ? null : text;
        if (Objects.equals(old, value)) {
            return;
        }
        history.perform(edit(() -> put(node, key, value), () -> put(node, key, old)));
    }

    /** Sets a node's run settings (timeout, retries, backoff, what a failure does), as one undoable edit. */
    public void configureSettings(DesignNode node, DesignNode.Settings settings) {
        DesignNode.Settings old = node.settings();
        if (Objects.equals(old, settings)) {
            return;
        }
        history.perform(edit(() -> node.settings(settings), () -> node.settings(old)));
    }

    /**
     * Relabels an edge: {@code when} is a condition's branch ("true"/"false"; the condition's other edge takes the
     * other branch) or a map's per-item path ("item"); {@code error} makes it the edge taken when its source
     * fails, which also sets the source's onFailure to error-edge. One undoable edit; the new edge is selected.
     */
    public Optional<DesignEdge> relabel(DesignEdge edge, String when, boolean error) {
        int index = edges.indexOf(edge);
        DesignNode source = node(edge.from()).orElse(null);
        if (index < 0 || source == null) {
            return Optional.empty();
        }
        String label = when == null || when.isBlank() ? null : when;
        if ("condition".equals(source.type()) && !"true".equals(label) && !"false".equals(label)) {
            return refuse("An edge out of a condition is its true or its false branch.");
        }
        DesignEdge changed = new DesignEdge(edge.from(), edge.to(), label, error);
        if (changed.equals(edge)) {
            return Optional.of(edge);
        }
        java.util.Map<Integer, DesignEdge> before = new java.util.LinkedHashMap<>();
        java.util.Map<Integer, DesignEdge> after = new java.util.LinkedHashMap<>();
        before.put(index, edge);
        after.put(index, changed);
        for (int i = 0; i < edges.size(); i++) {
            DesignEdge other = edges.get(i);
            if (i != index && other.from().equals(edge.from()) && label != null && label.equals(other.when())
                    && ("condition".equals(source.type()) || "map".equals(source.type()))) {
                before.put(i, other);
                after.put(i, new DesignEdge(other.from(), other.to(), edge.when(), other.error()));
            }
        }
        DesignNode.Settings oldSettings = source.settings();
        DesignNode.Settings newSettings = error && !"error-edge".equals(oldSettings.onFailure())
                ? new DesignNode.Settings(oldSettings.timeoutSeconds(), oldSettings.retries(),
                oldSettings.retryBackoffMs(), "error-edge") : oldSettings;
        history.perform(edit(() -> {
            after.forEach(edges::set);
            source.settings(newSettings);
            selectedEdge.set(changed);
        }, () -> {
            before.forEach(edges::set);
            source.settings(oldSettings);
            selectedEdge.set(edge);
        }));
        message.set(newSettings == oldSettings ? "" : source.id() + " now takes its error edge when it fails.");
        return Optional.of(changed);
    }

    /**
     * Declares the workflow's inputs from their lines ({@link InputLines}) as one undoable edit; refused, with
     * every problem in the message and nothing changed, when a line is not an input.
     */
    public boolean declareInputs(String text) {
        InputLines.Parsed parsed = InputLines.parse(text);
        if (!parsed.valid()) {
            message.set(String.join("; ", parsed.problems()));
            return false;
        }
        List<WorkflowInput> old = inputs;
        List<WorkflowInput> declared = parsed.inputs();
        if (!old.equals(declared)) {
            history.perform(edit(() -> setInputs(declared), () -> setInputs(old)));
        }
        message.set("");
        return true;
    }

    private void setInputs(List<WorkflowInput> declared) {
        inputs = declared;
        inputsText.set(InputLines.format(declared));
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    public void select(DesignNode node) {
        selectedEdge.set(null);
        selectedNode.set(node);
    }

    /** Adds a node to the selection, or takes it out (shift-click); the property panel shows the last added. */
    public void toggle(DesignNode node) {
        selectedEdge.set(null);
        if (selection.remove(node)) {
            selectedNode.set(selection.isEmpty() ? null : selection.get(selection.size() - 1));
        } else {
            selection.add(node);
            selectedNode.set(node);
        }
    }

    /** Selects the nodes that overlap a rectangle of the canvas (a rubber band); none: nothing is selected. */
    public void selectArea(double x1, double y1, double x2, double y2) {
        double left = Math.min(x1, x2);
        double right = Math.max(x1, x2);
        double top = Math.min(y1, y2);
        double bottom = Math.max(y1, y2);
        List<DesignNode> inside = nodes.stream().filter(n -> n.xProperty().get() < right
                && n.xProperty().get() + DesignNode.WIDTH > left && n.yProperty().get() < bottom
                && n.yProperty().get() + DesignNode.HEIGHT > top).toList();
        selectedEdge.set(null);
        if (inside.isEmpty()) {
            selectedNode.set(null);
            return;
        }
        selection.setAll(inside);
        selectedNode.set(inside.get(inside.size() - 1));
        message.set(inside.size() == 1 ? "" : inside.size() + " nodes selected: drag one to move them all, "
                + "Delete removes them.");
    }

    public void select(DesignEdge edge) {
        selectedNode.set(null);
        selectedEdge.set(edge);
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, zoom.get() * 1.2));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, zoom.get() / 1.2));
    }

    public void zoomReset() {
        zoom.set(1.0);
    }

    // ---- documents ----

    public WorkflowDocument document() {
        return DefinitionMapping.toDocument(name.get(), description.get(), inputs, nodes, edges);
    }

    /** A blank canvas for a new workflow. */
    public void newWorkflow() {
        show(null, 0, new WorkflowDocument("New workflow", null, List.of(), List.of(), List.of()));
        message.set("");
    }

    /** Loads a document into the canvas; {@code id} null: it will be saved as a new workflow. */
    void show(String id, int shownVersion, WorkflowDocument document) {
        workflowId.set(id);
        version.set(shownVersion);
        name.set(document.name());
        description.set(document.description() == null ? "" : document.description());
        setInputs(document.inputs());
        selectedNode.set(null);
        selectedEdge.set(null);
        nodes.setAll(DefinitionMapping.nodes(document));
        edges.setAll(DefinitionMapping.edges(document));
        problems.clear();
        history.clear();
    }

    public String exportJson() {
        return JsonCodec.writePretty(document());
    }

    /** Opens an exported definition as a new, unsaved workflow. */
    public boolean importJson(String json) {
        WorkflowDocument document;
        try {
            document = JsonCodec.read(json, WorkflowDocument.class);
        } catch (RuntimeException e) {
            message.set("Not a workflow definition: " + Failures.describe(e));
            return false;
        }
        if (document == null) {
            message.set("The file is empty.");
            return false;
        }
        show(null, 0, document);
        message.set("Imported '" + document.name() + "': save it to create the workflow.");
        return true;
    }

    // ---- server calls ----

    /** Asks the server for every problem of the definition and shows each on the node it concerns. */
    public void validate() {
        WorkflowDocument document = document();
        call(() -> api.validate(document), check -> {
            showProblems(check.problems());
            message.set(check.valid() ? "The workflow is valid." : check.problems().size() + " problem(s).");
        });
    }

    /** Saves the canvas: version 1 of a new workflow, or the next version of the loaded one. */
    public void save(String comment, Consumer<WorkflowView> then) {
        WorkflowDocument document = document();
        String id = workflowId.get();
        call(() -> id == null ? api.create(document) : api.newVersion(id, new WorkflowVersionRequest(document, comment)),
                saved -> {
                    workflowId.set(saved.id());
                    version.set(saved.currentVersion());
                    showProblems(List.of());
                    message.set("Saved '" + saved.name() + "' as version " + saved.currentVersion() + ".");
                    then.accept(saved);
                });
    }

    public void refreshWorkflows() {
        call(api::workflows, workflows::setAll);
    }

    /** Opens a workflow at its current version, and lists its versions. */
    public void open(String id) {
        call(() -> api.workflow(id), w -> {
            show(w.id(), w.currentVersion(), w.definition());
            message.set("Opened '" + w.name() + "' version " + w.currentVersion() + ".");
            refreshVersions();
        });
    }

    public void refreshVersions() {
        String id = workflowId.get();
        if (id == null) {
            versions.clear();
            return;
        }
        call(() -> api.versions(id), versions::setAll);
    }

    /** Loads an older (or newer) version onto the canvas; saving it makes it the next version. */
    public void loadVersion(int wanted) {
        String id = workflowId.get();
        if (id == null) {
            return;
        }
        call(() -> api.version(id, wanted), v -> {
            show(id, v.version(), v.definition());
            message.set("Loaded version " + v.version() + ". Saving makes it the next version.");
        });
    }

    void showProblems(List<Problem.FieldError> errors) {
        nodes.forEach(n -> n.problemProperty().set(null));
        Map<String, List<String>> byNode = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (Problem.FieldError error : errors) {
            String field = error.field() == null ? "" : error.field();
            Matcher node = NODE_FIELD.matcher(field);
            Matcher edge = EDGE_FIELD.matcher(field);
            if (node.matches() && node(node.group(1)).isPresent()) {
                String where = node.group(2) == null ? "" : node.group(2) + ": ";
                byNode.computeIfAbsent(node.group(1), k -> new ArrayList<>()).add(where + error.message());
            } else if (edge.matches() && Integer.parseInt(edge.group(1)) < edges.size()) {
                DesignEdge e = edges.get(Integer.parseInt(edge.group(1)));
                general.add("edge " + e.from() + " → " + e.to() + ": " + error.message());
            } else {
                general.add((field.isEmpty() ? "" : field + ": ") + error.message());
            }
        }
        byNode.forEach((id, messages) -> node(id).ifPresent(n -> n.problemProperty().set(String.join("\n", messages))));
        byNode.forEach((id, messages) -> messages.forEach(m -> general.add(id + " " + m)));
        problems.setAll(general);
    }

    private <T> void call(java.util.concurrent.Callable<T> work, Consumer<T> onSuccess) {
        busy.set(true);
        tasks.run(work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            if (failure instanceof ApiCallException e && !e.fieldErrors().isEmpty()) {
                showProblems(e.fieldErrors());
            }
            message.set(Failures.describe(failure));
        });
    }

    // ---- helpers ----

    public Optional<DesignNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    private String freeId(String type) {
        if (("start".equals(type) || "end".equals(type)) && node(type).isEmpty()) {
            return type;
        }
        for (int i = 1; ; i++) {
            String candidate = type + i;
            if (node(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private static String label(String type) {
        return Character.toUpperCase(type.charAt(0)) + type.substring(1);
    }

    private void clearSelectionOf(DesignNode node) {
        if (node.equals(selectedNode.get())) {
            selectedNode.set(null);
        }
    }

    private static void put(DesignNode node, String key, String value) {
        if (value == null) {
            node.config().remove(key);
        } else {
            node.config().put(key, value);
        }
    }

    private Optional<DesignEdge> refuse(String why) {
        message.set(why);
        return Optional.empty();
    }

    private static UndoHistory.Edit edit(Runnable apply, Runnable revert) {
        return new UndoHistory.Edit() {
            @Override
            public void apply() {
                apply.run();
            }

            @Override
            public void revert() {
                revert.run();
            }
        };
    }

    // ---- properties ----

    public StringProperty nameProperty() {
        return name;
    }

    /** The declared inputs as lines ({@link InputLines}), kept up to date by loads, edits and undo. */
    public StringProperty inputsTextProperty() {
        return inputsText;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty workflowIdProperty() {
        return workflowId;
    }

    public IntegerProperty versionProperty() {
        return version;
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

    /** The selected nodes (the selected node, or several after shift-clicks or a rubber band). */
    public ObservableList<DesignNode> selection() {
        return selection;
    }

    public ObjectProperty<DesignEdge> selectedEdgeProperty() {
        return selectedEdge;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ObservableList<WorkflowView> workflows() {
        return workflows;
    }

    public ObservableList<WorkflowVersionView> versions() {
        return versions;
    }

    public UndoHistory history() {
        return history;
    }
}
