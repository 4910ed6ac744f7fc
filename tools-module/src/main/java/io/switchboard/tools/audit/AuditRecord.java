package io.switchboard.tools.audit;

import java.time.OffsetDateTime;

/** One row of the invocation audit. {@code arguments} is redacted JSON. */
public record AuditRecord(String id, String toolId, String toolName, String callerType, String caller, String taskId,
                          String runId, String arguments, String outcome, String error, int attempts, long durationMs,
                          OffsetDateTime startedAt) {

    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
    public static final String INVALID = "invalid";
    public static final String REFUSED = "refused";
    public static final String RATE_LIMITED = "rate-limited";
}
