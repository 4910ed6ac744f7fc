package io.switchboard.api.workflow;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What changed from one version of a workflow to another. */
@Schema(name = "WorkflowDiff")
public record WorkflowDiff(int from, int to,
                           @Schema(description = "name, description or inputs, when they changed") List<String> changedFields,
                           List<String> addedNodes, List<String> removedNodes,
                           @Schema(description = "Nodes whose type, config or settings changed") List<String> changedNodes,
                           @Schema(description = "Edges as from->to (with [when] or [error])") List<String> addedEdges,
                           List<String> removedEdges) {
}
