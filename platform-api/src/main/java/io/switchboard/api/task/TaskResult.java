package io.switchboard.api.task;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What {@code POST /api/execute-task} answers. */
@Schema(name = "TaskResult", description = "The outcome of one executed task")
public record TaskResult(
        @Schema(description = "Task id (UUID); GET /api/tasks/{id} reads it again") String taskId,
        @Schema(description = "Name of the agent that answered") String agent,
        @Schema(enumeration = {"completed", "failed"}) String status,
        @Schema(description = "The agent's answer (text)") String output,
        @Schema(description = "Why the task failed, when it did") String error,
        @Schema(description = "Wall-clock time of the execution in milliseconds") long durationMs,
        @Schema(description = "How the agent was chosen") Routing routing,
        @Schema(description = "The sub-tasks when the orchestrator split the request among several agents (their "
                + "answers are combined in output); empty otherwise") java.util.List<SubTask> subTasks) {

    public TaskResult {
        subTasks = subTasks == null ? java.util.List.of() : java.util.List.copyOf(subTasks);
    }
}
