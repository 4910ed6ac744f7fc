package io.switchboard.workflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.api.workflow.WorkflowDiff;
import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowEdge;
import io.switchboard.api.workflow.WorkflowNode;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diffs name nodes and edges that changed, and ignore canvas moves; definitions survive their JSON form. */
class WorkflowDiffsTest {

    @Test
    void addedRemovedAndChangedNodesAndEdges() {
        WorkflowDocument v1 = WorkflowTemplates.get("nightly-data-report").definition();
        List<WorkflowNode> nodes = new ArrayList<>();
        for (WorkflowNode n : v1.nodes()) {
            if (n.id().equals("report")) {
                nodes.add(new WorkflowNode(n.id(), n.type(), n.name(), Json.createObjectBuilder(n.config())
                        .add("agent", "data").build(), n.timeoutSeconds(), n.retries(), n.retryBackoffMs(), n.onFailure(),
                        n.x(), n.y()));
            } else if (n.id().equals("figures")) {
                nodes.add(new WorkflowNode(n.id(), n.type(), n.name(), n.config(), n.timeoutSeconds(), n.retries(),
                        n.retryBackoffMs(), n.onFailure(), 999.0, 999.0));
            } else {
                nodes.add(n);
            }
        }
        nodes.add(new WorkflowNode("audit", "transform", null, Json.createObjectBuilder().add("template", "x").build(),
                null, null, null, null, null, null));
        List<WorkflowEdge> edges = new ArrayList<>(v1.edges().subList(0, 2));
        edges.add(new WorkflowEdge("report", "audit", null, null));
        edges.add(new WorkflowEdge("audit", "done", null, null));
        WorkflowDocument v2 = new WorkflowDocument(v1.name(), "changed", v1.inputs(), nodes, edges);

        WorkflowDiff diff = WorkflowDiffs.diff(1, v1, 2, v2);
        assertThat(diff.changedFields()).containsExactly("description");
        assertThat(diff.addedNodes()).containsExactly("audit");
        assertThat(diff.removedNodes()).isEmpty();
        assertThat(diff.changedNodes()).as("a moved node is no change").containsExactly("report");
        assertThat(diff.addedEdges()).containsExactly("report->audit", "audit->done");
        assertThat(diff.removedEdges()).containsExactly("report->done");
    }

    @Test
    void aDefinitionSurvivesItsStoredJson() {
        WorkflowDocument doc = WorkflowTemplates.get("triage-and-route").definition();
        assertThat(DefinitionJson.read(DefinitionJson.write(doc))).isEqualTo(doc);
        assertThat(doc.edges()).anySatisfy(e -> assertThat(e.when()).isEqualTo("true"));
    }
}
