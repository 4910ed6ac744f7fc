package io.switchboard.api.tool;

import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one invocation of a tool produced. */
@Schema(name = "ToolInvocationResult")
public record ToolInvocationResult(
        @Schema(description = "Id of the audit entry") String invocationId,
        String tool,
        @Schema(enumeration = {"succeeded", "failed"}) String status,
        @Schema(type = SchemaType.OBJECT, description = "The tool's structured result") JsonValue output,
        @Schema(description = "The result as text, as a model or an MCP client sees it") String text,
        @Schema(description = "Why it failed") String error,
        int attempts,
        long durationMs) {

    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    public boolean succeeded() {
        return SUCCEEDED.equals(status);
    }
}
