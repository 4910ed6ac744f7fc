package io.switchboard.orchestration.a2a.client;

import io.switchboard.api.task.TaskStatus;

/** What came back from an agent: completed with output, or failed with the reason. */
public record A2aCallResult(String status, String output, String error, String remoteTaskId) {

    public static A2aCallResult completed(String output, String remoteTaskId) {
        return new A2aCallResult(TaskStatus.COMPLETED, output, null, remoteTaskId);
    }

    public static A2aCallResult failed(String error, String remoteTaskId) {
        return new A2aCallResult(TaskStatus.FAILED, null, error, remoteTaskId);
    }
}
