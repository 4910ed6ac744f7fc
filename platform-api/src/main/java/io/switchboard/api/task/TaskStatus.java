package io.switchboard.api.task;

/** Status values of a task, as they appear on the wire. */
public final class TaskStatus {

    public static final String SUBMITTED = "submitted";
    public static final String WORKING = "working";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";

    private TaskStatus() {
    }
}
