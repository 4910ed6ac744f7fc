package io.switchboard.api.a2a;

import java.util.Set;

/** A2A task states, as they appear on the wire. */
public final class TaskState {

    public static final String SUBMITTED = "submitted";
    public static final String WORKING = "working";
    public static final String INPUT_REQUIRED = "input-required";
    public static final String AUTH_REQUIRED = "auth-required";
    public static final String COMPLETED = "completed";
    public static final String CANCELED = "canceled";
    public static final String FAILED = "failed";
    public static final String REJECTED = "rejected";
    public static final String UNKNOWN = "unknown";

    public static final Set<String> TERMINAL = Set.of(COMPLETED, CANCELED, FAILED, REJECTED);
    /** The task waits for the client: the interaction (and any stream) ends here until the client answers. */
    public static final Set<String> INTERRUPTED = Set.of(INPUT_REQUIRED, AUTH_REQUIRED);
    public static final Set<String> ALL = Set.of(SUBMITTED, WORKING, INPUT_REQUIRED, AUTH_REQUIRED, COMPLETED,
            CANCELED, FAILED, REJECTED, UNKNOWN);

    private TaskState() {
    }

    public static boolean isTerminal(TaskStatus status) {
        return status != null && TERMINAL.contains(status.state());
    }

    public static boolean isInterrupted(TaskStatus status) {
        return status != null && INTERRUPTED.contains(status.state());
    }
}
