package io.switchboard.api.tool;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/tools/{id}/invoke}. */
@Schema(name = "InvokeToolRequest")
public record InvokeToolRequest(
        @Schema(type = SchemaType.OBJECT, description = "The arguments, checked against the tool's JSON Schema",
                example = "{\"expression\": \"15% of 200\"}")
        JsonObject arguments) {
}
