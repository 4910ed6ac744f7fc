package io.switchboard.tools.audit;

import java.time.Instant;

/** Filters of {@code GET /api/tools/audit}; null means any. Newest first, at most {@code limit} entries. */
public record AuditQuery(String tool, String callerType, String caller, String outcome, String taskId, String runId,
                         Instant since, Instant until, int limit) {

    public static final int MAX_LIMIT = 1000;

    public AuditQuery {
        limit = limit <= 0 ? 100 : Math.min(limit, MAX_LIMIT);
    }
}
