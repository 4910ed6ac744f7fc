package io.switchboard.api.audit;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One administrative action: who did what to which record, when, from where, and how it ended. */
@Schema(name = "AdminAuditEntry")
public record AdminAuditEntry(
        String id,
        Instant at,
        @Schema(description = "The principal (user name) that made the request") String actor,
        List<String> roles,
        @Schema(description = "What was done, e.g. agent.update, workflow.run, user.create") String action,
        @Schema(description = "agent, tool, workflow, run, schedule, collection, document, datasource, "
                + "mcp-server or user") String targetType,
        @Schema(description = "Id or name of the record acted on, when known") String targetId,
        String method,
        String path,
        int status,
        @Schema(enumeration = {"succeeded", "refused", "failed"}) String outcome,
        @Schema(description = "Why it was refused or failed") String detail,
        String clientAddress,
        String userAgent) {
}
