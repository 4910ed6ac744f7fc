package io.switchboard.api.tool;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded tool invocation: who, which tool, the redacted arguments, the outcome and how long it took. */
@Schema(name = "ToolAuditEntry")
public record ToolAuditEntry(
        String id,
        String tool,
        String toolId,
        @Schema(enumeration = {"user", "agent", "workflow"}) String callerType,
        @Schema(description = "User name, agent name or workflow") String caller,
        String taskId,
        String runId,
        @Schema(type = SchemaType.OBJECT, description = "Arguments, with secrets and long values redacted")
        JsonObject arguments,
        @Schema(enumeration = {"succeeded", "failed", "invalid", "refused", "rate-limited"}) String outcome,
        String error,
        int attempts,
        long durationMs,
        Instant startedAt) {
}
