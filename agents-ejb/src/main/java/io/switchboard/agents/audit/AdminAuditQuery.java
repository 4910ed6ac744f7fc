package io.switchboard.agents.audit;

import java.time.Instant;

/** Filters of {@code GET /api/audit}; null means any. Newest first, at most {@code limit} entries. */
public record AdminAuditQuery(String actor, String action, String targetType, String targetId, String outcome,
                              Instant since, Instant until, int limit) {

    public static final int MAX_LIMIT = 1000;

    public AdminAuditQuery {
        limit = limit <= 0 ? 100 : Math.min(limit, MAX_LIMIT);
    }
}
