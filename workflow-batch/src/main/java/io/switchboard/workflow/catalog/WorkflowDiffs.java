package io.switchboard.workflow.catalog;

import io.switchboard.api.workflow.WorkflowDiff;
import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowEdge;
import io.switchboard.api.workflow.WorkflowNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What changed between two versions of a workflow, node by node and edge by edge (canvas moves are not changes). */
public final class WorkflowDiffs {

    private WorkflowDiffs() {
    }

    public static WorkflowDiff diff(int fromVersion, WorkflowDocument from, int toVersion, WorkflowDocument to) {
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(from.name(), to.name())) {
            fields.add("name");
        }
        if (!Objects.equals(from.description(), to.description())) {
            fields.add("description");
        }
        if (!Objects.equals(from.inputs(), to.inputs())) {
            fields.add("inputs");
        }
        Map<String, WorkflowNode> before = byId(from);
        Map<String, WorkflowNode> after = byId(to);
        List<String> added = after.keySet().stream().filter(id -> !before.containsKey(id)).toList();
        List<String> removed = before.keySet().stream().filter(id -> !after.containsKey(id)).toList();
        List<String> changed = after.keySet().stream().filter(before::containsKey)
                .filter(id -> !sameIgnoringPosition(before.get(id), after.get(id))).toList();
        Set<String> edgesBefore = edges(from);
        Set<String> edgesAfter = edges(to);
        return new WorkflowDiff(fromVersion, toVersion, fields, added, removed, changed,
                edgesAfter.stream().filter(e -> !edgesBefore.contains(e)).toList(),
                edgesBefore.stream().filter(e -> !edgesAfter.contains(e)).toList());
    }

    private static Map<String, WorkflowNode> byId(WorkflowDocument doc) {
        Map<String, WorkflowNode> nodes = new LinkedHashMap<>();
        doc.nodes().forEach(n -> nodes.put(n.id(), n));
        return nodes;
    }

    private static boolean sameIgnoringPosition(WorkflowNode a, WorkflowNode b) {
        return Objects.equals(a.type(), b.type()) && Objects.equals(a.name(), b.name())
                && Objects.equals(a.config(), b.config()) && Objects.equals(a.timeoutSeconds(), b.timeoutSeconds())
                && Objects.equals(a.retries(), b.retries()) && Objects.equals(a.retryBackoffMs(), b.retryBackoffMs())
                && Objects.equals(a.onFailure(), b.onFailure());
    }

    private static Set<String> edges(WorkflowDocument doc) {
        Set<String> edges = new LinkedHashSet<>();
        for (WorkflowEdge e : doc.edges()) {
            edges.add(e.from() + "->" + e.to() + (e.when() == null ? "" : "[" + e.when() + "]")
                    + (Boolean.TRUE.equals(e.error()) ? "[error]" : ""));
        }
        return edges;
    }
}
