package io.switchboard.api.workflow;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A workflow and its current (latest) version. */
@Schema(name = "Workflow")
public record WorkflowView(String id, String name, String description, int currentVersion, String createdBy,
                           String createdAt, String updatedAt, WorkflowDocument definition) {
}
