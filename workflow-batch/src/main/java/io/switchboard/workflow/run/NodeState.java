package io.switchboard.workflow.run;

import jakarta.json.JsonValue;

/** A node's state in a run, as stored; {@code output} is JSON (null when it has none). */
public record NodeState(String nodeId, String type, String state, JsonValue output, String error, int attempts,
                        String decision, String decidedBy, java.time.OffsetDateTime startedAt,
                        java.time.OffsetDateTime endedAt) {

    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";
    public static final String WAITING = "waiting";

    public boolean finished() {
        return COMPLETED.equals(state) || FAILED.equals(state) || SKIPPED.equals(state);
    }
}
