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

    private TaskState() {
    }
}
