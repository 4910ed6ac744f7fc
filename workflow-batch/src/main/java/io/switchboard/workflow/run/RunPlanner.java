package io.switchboard.workflow.run;

import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowEdge;
import io.switchboard.api.workflow.WorkflowNode;
import io.switchboard.workflow.definition.MapBodies;
import io.switchboard.workflow.definition.NodeTypes;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which nodes of a run come next. An edge is live when its source completed (out of a condition only the edge
 * whose {@code when} matches the result; error edges only when the source failed and takes them), dead when its
 * source was skipped, failed or did not choose it, and pending otherwise. A node without a state runs when none of
 * its incoming edges is pending and one is live (a join so waits for every branch still alive); it is skipped
 * when all are dead. The start node runs first. The nodes of a map's sub-path are not planned: the map node runs
 * them per item.
 */
public final class RunPlanner {

    enum Edge { PENDING, LIVE, DEAD }

    /** The nodes to run now (in definition order) and those to mark skipped. */
    public record Plan(List<String> runnable, List<String> skipped) {
    }

    private RunPlanner() {
    }

    public static Plan plan(WorkflowDocument doc, Map<String, NodeState> states) {
        Map<String, WorkflowNode> nodes = new HashMap<>();
        doc.nodes().forEach(n -> nodes.put(n.id(), n));
        List<String> runnable = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, MapBodies.Body> bodies = MapBodies.of(doc);
        java.util.Set<String> inBodies = new java.util.HashSet<>();
        bodies.values().forEach(b -> inBodies.addAll(b.nodes()));
        for (WorkflowNode node : doc.nodes()) {
            if (inBodies.contains(node.id())) {
                continue; // runs per item inside its map node
            }
            NodeState current = states.get(node.id());
            boolean decided = current != null && NodeState.WAITING.equals(current.state()) && current.decision() != null;
            if (current != null && !NodeState.RUNNING.equals(current.state()) && !decided) {
                continue;
            }
            if (NodeTypes.START.equals(node.type())) {
                runnable.add(node.id());
                continue;
            }
            boolean pending = false;
            boolean live = false;
            for (WorkflowEdge e : doc.edges()) {
                if (!node.id().equals(e.to()) || inBodies.contains(e.from())) {
                    continue; // the loop back from a map's sub-path is not an incoming branch
                }
                switch (edge(e, nodes.get(e.from()), states.get(e.from()))) {
                    case PENDING -> pending = true;
                    case LIVE -> live = true;
                    default -> {
                    }
                }
            }
            if (pending) {
                continue;
            }
            (live ? runnable : skipped).add(node.id());
        }
        return new Plan(runnable, skipped);
    }

    static Edge edge(WorkflowEdge e, WorkflowNode from, NodeState s) {
        if (s == null || !s.finished()) {
            return Edge.PENDING;
        }
        boolean errorEdge = Boolean.TRUE.equals(e.error());
        return switch (s.state()) {
            case NodeState.SKIPPED -> Edge.DEAD;
            case NodeState.FAILED -> errorEdge && "error-edge".equals(from.onFailure()) ? Edge.LIVE : Edge.DEAD;
            default -> {
                if (errorEdge) {
                    yield Edge.DEAD;
                }
                if (NodeTypes.CONDITION.equals(from.type())) {
                    boolean result = s.output() != null && s.output().getValueType() == JsonValue.ValueType.TRUE;
                    yield Boolean.toString(result).equals(e.when()) ? Edge.LIVE : Edge.DEAD;
                }
                yield Edge.LIVE;
            }
        };
    }
}
