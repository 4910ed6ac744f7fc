package io.switchboard.api.workflow;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One node of a workflow. {@code config} depends on the type (see the README): e.g. an agent node's
 * {@code {"agent": "document", "input": "${inputs.question}"}}. Expressions and templates are Jakarta EL over
 * {@code inputs} and {@code nodes.<id>.output}.
 */
@Schema(name = "WorkflowNode")
public record WorkflowNode(
        @Schema(description = "Unique in the workflow; letters, digits and _ (expressions refer to it)") String id,
        @Schema(enumeration = {"start", "end", "agent", "tool", "retrieve", "condition", "parallel", "join", "map",
                "transform", "approval"}) String type,
        @Schema(description = "Shown on the canvas") String name,
        JsonObject config,
        @Schema(description = "Longest the node may run, in seconds (default 300)") Integer timeoutSeconds,
        @Schema(description = "Retries after a failure (default 0)") Integer retries,
        @Schema(description = "First wait before a retry, in ms, doubling (default 1000)") Integer retryBackoffMs,
        @Schema(enumeration = {"fail", "continue", "error-edge"}, description = "On failure after the retries: fail "
                + "the run (default), continue as if it succeeded with no output, or take its error edge")
        String onFailure,
        @Schema(description = "Canvas position") Double x,
        @Schema(description = "Canvas position") Double y) {
}
