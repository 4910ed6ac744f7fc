package io.switchboard.api.workflow;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A connection from one node's output to another node's input. */
@Schema(name = "WorkflowEdge")
public record WorkflowEdge(
        String from,
        String to,
        @Schema(description = "Out of a condition node: \"true\" or \"false\"; out of a map node: \"item\" for the "
                + "edge into the sub-path run per item (the other edge continues after all items)") String when,
        @Schema(description = "The edge taken when the node fails (its onFailure is error-edge)") Boolean error) {
}
