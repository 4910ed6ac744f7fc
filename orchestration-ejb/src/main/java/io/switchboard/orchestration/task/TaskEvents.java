package io.switchboard.orchestration.task;

import io.switchboard.api.task.Routing;
import io.switchboard.api.task.TaskStatus;
import io.switchboard.core.event.ExecutionLog;
import io.switchboard.orchestration.a2a.client.A2aCallResult;
import java.util.HashMap;
import java.util.Map;

/** The orchestrator's steps of one task as execution-log events. */
public final class TaskEvents {

    private TaskEvents() {
    }

    public static void received(ExecutionLog log, String taskId, String agent, String requestedBy, String sessionId,
                                String input) {
        Map<String, Object> data = new HashMap<>();
        data.put("requestedBy", requestedBy);
        data.put("sessionId", sessionId);
        data.put("inputChars", input == null ? 0 : input.length());
        log.record(ExecutionLog.TASK_RECEIVED, taskId, agent, data);
    }

    public static void routed(ExecutionLog log, String taskId, Routing routing) {
        Map<String, Object> data = new HashMap<>();
        data.put("mode", routing.mode());
        data.put("score", routing.score());
        data.put("reason", routing.reason());
        log.record(ExecutionLog.TASK_ROUTED, taskId, routing.agent(), data);
    }

    /** The A2A call to the agent, and the task's end that follows from it. */
    public static void called(ExecutionLog log, String taskId, String agent, long latencyMs, A2aCallResult result) {
        boolean completed = TaskStatus.COMPLETED.equals(result.status());
        Map<String, Object> call = new HashMap<>();
        call.put("target", agent);
        call.put("latencyMs", latencyMs);
        call.put("outcome", result.status());
        call.put("remoteTaskId", result.remoteTaskId());
        log.record(ExecutionLog.A2A_CALL, taskId, agent, call);
        Map<String, Object> end = new HashMap<>();
        end.put("durationMs", latencyMs);
        if (!completed) {
            end.put("error", result.error());
        }
        log.record(completed ? ExecutionLog.TASK_COMPLETED : ExecutionLog.TASK_FAILED, taskId, agent, end);
    }
}
