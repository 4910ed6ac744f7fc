package io.switchboard.api.workflow;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A workflow template shipped with the platform; import it to get a workflow of your own. */
@Schema(name = "WorkflowTemplate")
public record WorkflowTemplateView(String id, String name, String description, WorkflowDocument definition) {
}
