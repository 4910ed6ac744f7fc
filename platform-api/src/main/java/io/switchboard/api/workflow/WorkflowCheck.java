package io.switchboard.api.workflow;

import io.switchboard.api.problem.Problem;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a definition is valid, and each problem with the node (or edge, or input) it concerns. */
@Schema(name = "WorkflowCheck")
public record WorkflowCheck(boolean valid, List<Problem.FieldError> problems) {
}
