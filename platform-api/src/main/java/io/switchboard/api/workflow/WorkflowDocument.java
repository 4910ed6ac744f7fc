package io.switchboard.api.workflow;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A workflow definition: what a version holds, and what export and import carry. */
@Schema(name = "WorkflowDocument")
public record WorkflowDocument(String name, String description, List<WorkflowInput> inputs, List<WorkflowNode> nodes,
                               List<WorkflowEdge> edges) {

    public WorkflowDocument {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        edges = edges == null ? List.of() : List.copyOf(edges);
    }
}
