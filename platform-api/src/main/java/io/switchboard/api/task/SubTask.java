package io.switchboard.api.task;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of a multi-step task: the sub-task sent to one agent. */
@Schema(name = "SubTask")
public record SubTask(@Schema(description = "The sub-task's id; GET /api/tasks/{id} reads it") String taskId,
                      String agent,
                      @Schema(description = "What the agent was asked") String input,
                      @Schema(enumeration = {"working", "completed", "failed"}) String status) {
}
