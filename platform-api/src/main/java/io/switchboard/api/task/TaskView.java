package io.switchboard.api.task;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A persisted task with everything recorded about it. */
@Schema(name = "Task", description = "A task as recorded by the orchestrator")
public record TaskView(
        String id,
        String agentId,
        String agentName,
        String sessionId,
        String input,
        Map<String, Object> metadata,
        @Schema(enumeration = {"submitted", "working", "completed", "failed"}) String status,
        String output,
        String error,
        @Schema(description = "User who submitted the task") String requestedBy,
        Instant createdAt,
        Instant completedAt,
        Long durationMs,
        @Schema(description = "How the agent was chosen") Routing routing,
        @Schema(description = "The task this one is a step of, when it is a sub-task") String parentTaskId,
        @Schema(description = "This task's sub-tasks, in order") java.util.List<SubTask> subTasks) {

    public TaskView {
        subTasks = subTasks == null ? java.util.List.of() : java.util.List.copyOf(subTasks);
    }
}
