package io.switchboard.workflow.run;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowEdge;
import io.switchboard.api.workflow.WorkflowNode;
import io.switchboard.workflow.definition.MapBodies;
import io.switchboard.workflow.definition.NodeTypes;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@code map} node: evaluates {@code config.items} to a list and walks the node's sub-path once per item, at most
 * {@code config.concurrency} (default 4) items at a time on the managed executor. In the sub-path {@code ${item}}
 * and {@code ${index}} are the item and its position, and {@code nodes.<id>.output} also holds the outputs of the
 * sub-path's nodes for that item. The map's output is the list of each item's last output. The map node is one unit
 * of the run: a crash re-runs all its items (each sub-path call carries the key {@code run:map:index:node:<execution>.<try>} of the map's attempt).
 */
@ApplicationScoped
public class MapItems {

    private static final Set<String> ALLOWED = Set.of(NodeTypes.AGENT, NodeTypes.TOOL, NodeTypes.RETRIEVE,
            NodeTypes.TRANSFORM, NodeTypes.CONDITION);
    private static final int MAX_ITEMS = 1000;

    /** The nodes map of one item: the run's completed nodes and the item's own, with {@code item} and {@code index}. */
    static final class ItemScope extends LinkedHashMap<String, Object> {
        final Object item;
        final int index;

        ItemScope(Map<String, Object> nodes, Object item, int index) {
            super(nodes);
            this.item = item;
            this.index = index;
        }
    }

    @Inject
    NodeExecutor executor;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService threads;

    /**
     * Runs every item; stops taking new items at the first failure or once {@code deadline} ({@link System#nanoTime})
     * has passed (the map node's timeout: its caller gave up).
     */
    JsonValue run(RunStore.Run run, WorkflowDocument doc, WorkflowNode map, String attempt, Map<String, Object> inputs,
                  Map<String, Object> nodes, long deadline) throws InterruptedException {
        JsonObject config = map.config();
        Object items = RunValues.evaluate(config.getString("items"), inputs, nodes);
        if (!(items instanceof Collection<?> list)) {
            throw new IllegalArgumentException("The map's items " + config.getString("items") + " gave "
                    + (items == null ? "nothing" : items.getClass().getSimpleName()) + ", not a list");
        }
        if (list.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("The map's items are " + list.size() + "; at most " + MAX_ITEMS);
        }
        MapBodies.Body body = MapBodies.of(doc).get(map.id());
        Semaphore slots = new Semaphore(config.getInt("concurrency", 4));
        List<Future<JsonValue>> results = new ArrayList<>();
        AtomicReference<String> failure = new AtomicReference<>();
        int index = 0;
        for (Object item : list) {
            ItemScope scope = new ItemScope(nodes, item, index++);
            slots.acquire();
            if (failure.get() != null || System.nanoTime() > deadline) {
                slots.release();
                break;
            }
            try {
                results.add(threads.submit(() -> {
                    try {
                        return walk(run, doc, map, body.first(), attempt, inputs, scope);
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, "Item " + scope.index + ": " + (e.getMessage() == null
                                ? e.getClass().getSimpleName() : e.getMessage()));
                        throw e;
                    } finally {
                        slots.release();
                    }
                }));
            } catch (RuntimeException e) {
                slots.release();
                throw e;
            }
        }
        if (failure.get() == null && results.size() < list.size()) {
            failure.set("Timed out after " + results.size() + " of " + list.size() + " items");
        }
        JsonArrayBuilder outputs = Jsonp.JSON.createArrayBuilder();
        for (Future<JsonValue> result : results) {
            try {
                outputs.add(result.get());
            } catch (ExecutionException e) {
                // the first failure is reported below
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return outputs.build();
    }

    /** One item: the sub-path from {@code first} until it leads back to the map node; the last output. */
    private JsonValue walk(RunStore.Run run, WorkflowDocument doc, WorkflowNode map, String first, String attempt,
                           Map<String, Object> inputs, ItemScope scope) {
        JsonValue last = JsonValue.NULL;
        String current = first;
        for (int steps = 0; !current.equals(map.id()); steps++) {
            if (steps > 1000) {
                throw new IllegalStateException("The sub-path of map " + map.id() + " does not lead back to it");
            }
            WorkflowNode node = NextNodeReader.node(doc, current);
            if (!ALLOWED.contains(node.type())) {
                throw new UnsupportedOperationException("A map's sub-path cannot hold " + node.type() + " nodes ("
                        + node.id() + ")");
            }
            WorkflowNode keyed = new WorkflowNode(map.id() + ":" + scope.index + ":" + node.id(), node.type(),
                    node.name(), node.config(), node.timeoutSeconds(), node.retries(), node.retryBackoffMs(),
                    node.onFailure(), null, null);
            last = executor.execute(run, keyed, attempt, inputs, scope);
            scope.put(node.id(), Map.of("output", RunValues.toJava(last) == null ? "" : RunValues.toJava(last)));
            current = next(doc, node, last);
        }
        return last;
    }

    private static String next(WorkflowDocument doc, WorkflowNode node, JsonValue output) {
        List<WorkflowEdge> out = doc.edges().stream().filter(e -> e.from().equals(node.id())
                && !Boolean.TRUE.equals(e.error())).toList();
        if (NodeTypes.CONDITION.equals(node.type())) {
            String taken = Boolean.toString(output.getValueType() == JsonValue.ValueType.TRUE);
            return out.stream().filter(e -> taken.equals(e.when())).findFirst().orElseThrow().to();
        }
        return out.get(0).to();
    }
}
