package io.switchboard.api.workflow;

import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An input a run of the workflow is started with; expressions read it as {@code inputs.<name>}. */
@Schema(name = "WorkflowInput")
public record WorkflowInput(String name,
                            @Schema(enumeration = {"string", "number", "boolean", "object", "array"}) String type,
                            @Schema(description = "Default true") Boolean required,
                            String description,
                            @Schema(description = "Used when a run does not give the input") JsonValue defaultValue) {
}
