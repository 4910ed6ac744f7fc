package io.switchboard.api.a2a;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.Map;

/** A change of a task's status, sent while streaming; {@code final} marks the last event of a stream (0.3). */
public record TaskStatusUpdateEvent(
        String taskId,
        String contextId,
        TaskStatus status,
        @JsonbProperty("final") boolean last,
        Map<String, Object> metadata,
        String kind) {

    public static final String KIND = "status-update";

    public static TaskStatusUpdateEvent of(String taskId, String contextId, TaskStatus status, boolean last) {
        return new TaskStatusUpdateEvent(taskId, contextId, status, last, null, KIND);
    }
}
