package io.switchboard.api.workflow;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new version of a workflow: the whole definition, and why it changed. */
@Schema(name = "WorkflowVersionRequest")
public record WorkflowVersionRequest(@NotNull(message = "is required") WorkflowDocument definition,
                                     @Size(max = 500, message = "must be at most 500 characters") String comment) {
}
