package io.switchboard.api.workflow;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One immutable version of a workflow. */
@Schema(name = "WorkflowVersion")
public record WorkflowVersionView(String workflowId, int version, String comment, String createdBy, String createdAt,
                                  WorkflowDocument definition) {
}
