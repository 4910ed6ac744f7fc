package io.switchboard.workflow.definition;

import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowEdge;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The sub-path of a {@code map} node: the nodes reached from its edge with {@code when: "item"} before coming back
 * to the map node. They run once per item, inside the map node, not as nodes of the run.
 */
public final class MapBodies {

    /** A map node's sub-path, and whether it leads back to the map node. */
    public record Body(String first, Set<String> nodes, boolean closes) {
    }

    private MapBodies() {
    }

    /** The body of map node {@code mapId}, following {@code out} (a node's outgoing edges). */
    public static Body of(String mapId, String first, Function<String, List<WorkflowEdge>> out) {
        Set<String> body = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(first));
        boolean closes = false;
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (id.equals(mapId)) {
                closes = true;
                continue;
            }
            if (body.add(id)) {
                out.apply(id).forEach(e -> todo.push(e.to()));
            }
        }
        return new Body(first, body, closes);
    }

    /** Every map node's body in a definition. */
    public static Map<String, Body> of(WorkflowDocument doc) {
        Map<String, Body> bodies = new HashMap<>();
        doc.nodes().stream().filter(n -> NodeTypes.MAP.equals(n.type())).forEach(map -> doc.edges().stream()
                .filter(e -> e.from().equals(map.id()) && "item".equals(e.when())).findFirst()
                .ifPresent(item -> bodies.put(map.id(), of(map.id(), item.to(),
                        id -> doc.edges().stream().filter(e -> e.from().equals(id)).toList()))));
        return bodies;
    }
}
