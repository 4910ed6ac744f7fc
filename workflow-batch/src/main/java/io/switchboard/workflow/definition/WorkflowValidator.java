package io.switchboard.workflow.definition;

import io.switchboard.api.problem.Problem;
import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowEdge;
import io.switchboard.api.workflow.WorkflowInput;
import io.switchboard.api.workflow.WorkflowNode;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a workflow definition and lists every problem with where it is ({@code nodes[<id>]…},
 * {@code edges[<n>]}, {@code inputs[<name>]}): node ids and types, one start and at least one end, edges that
 * lead nowhere, nodes that cannot be reached or lead nowhere, cycles (a map's sub-path may lead back to its map
 * node; nothing else may loop), each type's configuration and edges, node settings, unknown agents, tools and
 * collections, Jakarta EL that does not parse, and expressions reading inputs that are not declared or nodes that
 * do not run before them.
 */
public final class WorkflowValidator {

    /** What the platform knows of, for the names a definition uses. */
    public interface References {
        boolean agentExists(String name);

        boolean toolExists(String name);

        boolean collectionExists(String nameOrId);
    }

    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    private final WorkflowDocument doc;
    private final References refs;
    private final List<Problem.FieldError> problems = new ArrayList<>();
    private final Map<String, WorkflowNode> nodes = new LinkedHashMap<>();
    private final Map<String, List<WorkflowEdge>> out = new HashMap<>();
    private final Map<String, List<WorkflowEdge>> in = new HashMap<>();
    private final Set<String> inputs = new HashSet<>();
    /** Per map node, the nodes of its per-item sub-path. */
    private final Map<String, Set<String>> bodies = new HashMap<>();

    private WorkflowValidator(WorkflowDocument doc, References refs) {
        this.doc = doc;
        this.refs = refs;
    }

    public static List<Problem.FieldError> validate(WorkflowDocument doc, References refs) {
        WorkflowValidator v = new WorkflowValidator(doc, refs);
        v.run();
        return List.copyOf(v.problems);
    }

    private void problem(String field, String message) {
        problems.add(new Problem.FieldError(field, message));
    }

    private void run() {
        if (doc.name() == null || doc.name().isBlank()) {
            problem("name", "is required");
        } else if (doc.name().length() > 100) {
            problem("name", "must be at most 100 characters");
        }
        inputs();
        nodesAndEdges();
        if (!problems.isEmpty() && nodes.isEmpty()) {
            return;
        }
        structure();
        maps();
        cycles();
        nodes.values().forEach(this::node);
    }

    private void inputs() {
        for (WorkflowInput input : doc.inputs()) {
            String where = "inputs[" + input.name() + "]";
            if (input.name() == null || !IDENTIFIER.matcher(input.name()).matches()) {
                problem(where, "name must start with a letter and hold only letters, digits and _");
            } else if (!inputs.add(input.name())) {
                problem(where, "is declared twice");
            }
            if (input.type() != null && !NodeTypes.INPUT_TYPES.contains(input.type())) {
                problem(where + ".type", "must be one of string, number, boolean, object, array");
            }
        }
    }

    private void nodesAndEdges() {
        if (doc.nodes().isEmpty()) {
            problem("nodes", "a workflow needs at least a start and an end node");
            return;
        }
        for (WorkflowNode node : doc.nodes()) {
            String where = "nodes[" + node.id() + "]";
            if (node.id() == null || !IDENTIFIER.matcher(node.id()).matches()) {
                problem(where, "id must start with a letter and hold only letters, digits and _ (at most 64)");
                continue;
            }
            if (nodes.putIfAbsent(node.id(), node) != null) {
                problem(where, "id is used by another node");
                continue;
            }
            if (node.type() == null || !NodeTypes.ALL.contains(node.type())) {
                problem(where + ".type", "must be one of " + String.join(", ", NodeTypes.ALL.stream().sorted().toList()));
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < doc.edges().size(); i++) {
            WorkflowEdge e = doc.edges().get(i);
            String where = "edges[" + i + "]";
            boolean ok = true;
            if (e.from() == null || !nodes.containsKey(e.from())) {
                problem(where, "starts at '" + e.from() + "', which is not a node");
                ok = false;
            }
            if (e.to() == null || !nodes.containsKey(e.to())) {
                problem(where, "ends at '" + e.to() + "', which is not a node");
                ok = false;
            }
            if (ok && e.from().equals(e.to())) {
                problem(where, "connects node '" + e.from() + "' to itself");
                ok = false;
            }
            if (ok && !seen.add(e.from() + "->" + e.to() + "[" + e.when() + "]" + Boolean.TRUE.equals(e.error()))) {
                problem(where, "repeats the edge " + e.from() + " -> " + e.to());
                ok = false;
            }
            if (ok) {
                out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
                in.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
            }
        }
    }

    private List<WorkflowEdge> out(String id) {
        return out.getOrDefault(id, List.of());
    }

    private List<WorkflowEdge> in(String id) {
        return in.getOrDefault(id, List.of());
    }

    private void structure() {
        List<String> starts = nodes.values().stream().filter(n -> NodeTypes.START.equals(n.type())).map(WorkflowNode::id)
                .toList();
        if (starts.size() != 1) {
            problem("nodes", starts.isEmpty() ? "a workflow needs one start node" : "a workflow has exactly one start "
                    + "node; these are all start nodes: " + String.join(", ", starts));
        }
        if (nodes.values().stream().noneMatch(n -> NodeTypes.END.equals(n.type()))) {
            problem("nodes", "a workflow needs at least one end node");
        }
        for (WorkflowNode node : nodes.values()) {
            String where = "nodes[" + node.id() + "]";
            if (NodeTypes.START.equals(node.type()) && !in(node.id()).isEmpty()) {
                problem(where, "a start node has no incoming edges");
            }
            if (NodeTypes.END.equals(node.type()) && !out(node.id()).isEmpty()) {
                problem(where, "an end node has no outgoing edges");
            }
            if (!NodeTypes.START.equals(node.type()) && in(node.id()).isEmpty()) {
                problem(where, "has no incoming edge: nothing runs it");
            }
            if (!NodeTypes.END.equals(node.type()) && out(node.id()).isEmpty()) {
                problem(where, "has no outgoing edge: connect it to the next node or to an end node");
            }
        }
        if (starts.size() == 1) {
            Set<String> reached = reachable(starts.get(0), e -> true);
            nodes.keySet().stream().filter(id -> !reached.contains(id))
                    .forEach(id -> problem("nodes[" + id + "]", "cannot be reached from the start node"));
        }
    }

    private Set<String> reachable(String from, java.util.function.Predicate<WorkflowEdge> follow) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                out(id).stream().filter(follow).map(WorkflowEdge::to).forEach(todo::push);
            }
        }
        return seen;
    }

    /** Each map node's sub-path: the nodes reached from its "item" edge before coming back to it. */
    private void maps() {
        for (WorkflowNode node : nodes.values()) {
            if (!NodeTypes.MAP.equals(node.type())) {
                continue;
            }
            String where = "nodes[" + node.id() + "]";
            List<WorkflowEdge> items = out(node.id()).stream().filter(e -> "item".equals(e.when())).toList();
            List<WorkflowEdge> onward = out(node.id()).stream().filter(e -> !"item".equals(e.when())
                    && !Boolean.TRUE.equals(e.error())).toList();
            if (items.size() != 1) {
                problem(where, "a map node has exactly one edge with when \"item\" into the sub-path run per item");
                continue;
            }
            if (onward.size() != 1) {
                problem(where, "a map node has exactly one other edge, to the node that follows once every item is done");
            }
            MapBodies.Body body = MapBodies.of(node.id(), items.get(0).to(), this::out);
            if (!body.closes()) {
                problem(where, "the sub-path from its \"item\" edge must lead back to the map node");
            }
            bodies.put(node.id(), body.nodes());
        }
    }

    /** A loop back into a map node from its own sub-path. */
    private boolean isMapLoop(WorkflowEdge e) {
        Set<String> body = bodies.get(e.to());
        return body != null && body.contains(e.from());
    }

    private void cycles() {
        Map<String, Integer> state = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (String id : nodes.keySet()) {
            cycleFrom(id, state, new ArrayDeque<>(), reported);
        }
    }

    private void cycleFrom(String id, Map<String, Integer> state, Deque<String> path, Set<String> reported) {
        Integer s = state.get(id);
        if (s != null && s == 2) {
            return;
        }
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>();
            boolean in = false;
            for (java.util.Iterator<String> it = path.descendingIterator(); it.hasNext(); ) {
                String step = it.next();
                in = in || step.equals(id);
                if (in) {
                    cycle.add(step);
                }
            }
            cycle.add(id);
            if (reported.add(new HashSet<>(cycle).toString())) {
                problem("nodes[" + id + "]", "is on a cycle: " + String.join(" -> ", cycle) + " (only a map node's "
                        + "sub-path may lead back, to its map node)");
            }
            return;
        }
        state.put(id, 1);
        path.push(id);
        for (WorkflowEdge e : out(id)) {
            if (!isMapLoop(e)) {
                cycleFrom(e.to(), state, path, reported);
            }
        }
        path.pop();
        state.put(id, 2);
    }

    /** The nodes that always run before this one (its ancestors, not counting map loops). */
    private Set<String> before(String id) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            for (WorkflowEdge e : in(next)) {
                if (!isMapLoop(e) && seen.add(e.from())) {
                    todo.push(e.from());
                }
            }
        }
        return seen;
    }

    private void node(WorkflowNode node) {
        String where = "nodes[" + node.id() + "]";
        JsonObject config = node.config() == null ? JsonValue.EMPTY_JSON_OBJECT : node.config();
        settings(node, where);
        switch (node.type() == null ? "" : node.type()) {
            case NodeTypes.AGENT -> {
                String agent = required(config, "agent", where);
                if (agent != null && !Expressions.isTemplate(agent) && !refs.agentExists(agent)) {
                    problem(where + ".config.agent", "no agent named '" + agent + "' is registered");
                }
                template(node, required(config, "input", where), where + ".config.input");
            }
            case NodeTypes.TOOL -> {
                String tool = required(config, "tool", where);
                if (tool != null && !refs.toolExists(tool)) {
                    problem(where + ".config.tool", "no tool named '" + tool + "' is registered");
                }
                if (config.containsKey("arguments") && !(config.get("arguments") instanceof JsonObject)) {
                    problem(where + ".config.arguments", "must be an object of the tool's arguments");
                } else if (config.get("arguments") instanceof JsonObject args) {
                    templates(node, args, where + ".config.arguments");
                }
            }
            case NodeTypes.RETRIEVE -> {
                String collection = required(config, "collection", where);
                if (collection != null && !Expressions.isTemplate(collection) && !refs.collectionExists(collection)) {
                    problem(where + ".config.collection", "no knowledge collection '" + collection + "' exists");
                }
                template(node, required(config, "query", where), where + ".config.query");
                range(config, "k", 1, 50, where);
            }
            case NodeTypes.CONDITION -> {
                String expression = required(config, "expression", where);
                if (expression != null && !Expressions.isSingleExpression(expression)) {
                    problem(where + ".config.expression", "must be one EL expression, e.g. ${inputs.amount > 100}");
                } else {
                    template(node, expression, where + ".config.expression");
                }
                List<String> whens = out(node.id()).stream().filter(e -> !Boolean.TRUE.equals(e.error()))
                        .map(WorkflowEdge::when).sorted().toList();
                if (!whens.equals(List.of("false", "true"))) {
                    problem(where, "a condition node has two outgoing edges, one with when \"true\" and one with "
                            + "when \"false\"");
                }
            }
            case NodeTypes.PARALLEL -> {
                if (out(node.id()).stream().filter(e -> !Boolean.TRUE.equals(e.error())).count() < 2) {
                    problem(where, "a parallel node fans out: it needs at least two outgoing edges");
                }
            }
            case NodeTypes.JOIN -> {
                if (in(node.id()).size() < 2) {
                    problem(where, "a join node waits for branches: it needs at least two incoming edges");
                }
            }
            case NodeTypes.MAP -> {
                String items = required(config, "items", where);
                if (items != null && !Expressions.isSingleExpression(items)) {
                    problem(where + ".config.items", "must be one EL expression giving a list, e.g. ${inputs.urls}");
                } else {
                    template(node, items, where + ".config.items");
                }
                range(config, "concurrency", 1, 32, where);
            }
            case NodeTypes.TRANSFORM -> {
                JsonValue t = config.get("template");
                if (t == null) {
                    problem(where + ".config.template", "is required (a text or an object of EL templates)");
                } else if (t instanceof JsonString s) {
                    template(node, s.getString(), where + ".config.template");
                } else if (t instanceof JsonObject o) {
                    templates(node, o, where + ".config.template");
                }
            }
            case NodeTypes.APPROVAL -> {
                if (config.get("message") instanceof JsonString m) {
                    template(node, m.getString(), where + ".config.message");
                }
                range(config, "timeoutMinutes", 1, 60 * 24 * 30, where);
                if (config.containsKey("onTimeout") && !(config.get("onTimeout") instanceof JsonString s
                        && (s.getString().equals("approve") || s.getString().equals("reject")))) {
                    problem(where + ".config.onTimeout", "must be approve or reject");
                }
            }
            case NodeTypes.END -> {
                if (config.get("output") instanceof JsonString o) {
                    template(node, o.getString(), where + ".config.output");
                } else if (config.get("output") instanceof JsonObject o) {
                    templates(node, o, where + ".config.output");
                }
            }
            default -> {
            }
        }
    }

    private void settings(WorkflowNode node, String where) {
        if (node.timeoutSeconds() != null && (node.timeoutSeconds() < 1 || node.timeoutSeconds() > 86_400)) {
            problem(where + ".timeoutSeconds", "must be between 1 and 86400");
        }
        if (node.retries() != null && (node.retries() < 0 || node.retries() > 10)) {
            problem(where + ".retries", "must be between 0 and 10");
        }
        if (node.retryBackoffMs() != null && (node.retryBackoffMs() < 0 || node.retryBackoffMs() > 600_000)) {
            problem(where + ".retryBackoffMs", "must be between 0 and 600000");
        }
        if (node.onFailure() != null && !NodeTypes.ON_FAILURE.contains(node.onFailure())) {
            problem(where + ".onFailure", "must be fail, continue or error-edge");
        }
        boolean hasErrorEdge = out(node.id()).stream().anyMatch(e -> Boolean.TRUE.equals(e.error()));
        if ("error-edge".equals(node.onFailure()) && !hasErrorEdge) {
            problem(where + ".onFailure", "is error-edge, but no outgoing edge has error: true");
        }
        if (hasErrorEdge && !"error-edge".equals(node.onFailure())) {
            problem(where, "has an error edge; set onFailure to error-edge to take it");
        }
    }

    private String required(JsonObject config, String key, String where) {
        if (config.get(key) instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString();
        }
        problem(where + ".config." + key, "is required (a text)");
        return null;
    }

    private void range(JsonObject config, String key, int min, int max, String where) {
        if (!config.containsKey(key)) {
            return;
        }
        if (!(config.get(key) instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < min || n.longValue() > max) {
            problem(where + ".config." + key, "must be a whole number from " + min + " to " + max);
        }
    }

    private void templates(WorkflowNode node, JsonObject values, String where) {
        values.forEach((key, value) -> {
            if (value instanceof JsonString s) {
                template(node, s.getString(), where + "." + key);
            } else if (value instanceof JsonObject o) {
                templates(node, o, where + "." + key);
            }
        });
    }

    /** EL syntax, declared inputs, and nodes that run before this one. */
    private void template(WorkflowNode node, String template, String where) {
        if (template == null) {
            return;
        }
        String syntax = Expressions.syntaxProblem(template);
        if (syntax != null) {
            problem(where, "is not valid Jakarta EL: " + syntax);
            return;
        }
        for (String input : Expressions.inputsRead(template)) {
            if (!inputs.contains(input)) {
                problem(where, "reads input '" + input + "', which the workflow does not declare");
            }
        }
        Set<String> before = null;
        for (String other : Expressions.nodesRead(template)) {
            if (!nodes.containsKey(other)) {
                problem(where, "reads node '" + other + "', which does not exist");
                continue;
            }
            before = before == null ? before(node.id()) : before;
            if (!before.contains(other)) {
                problem(where, "reads node '" + other + "', which does not run before node '" + node.id() + "'");
            }
        }
    }
}
