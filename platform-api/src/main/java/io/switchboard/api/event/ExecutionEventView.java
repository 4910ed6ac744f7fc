package io.switchboard.api.event;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of the platform's work. */
@Schema(name = "ExecutionEvent")
public record ExecutionEventView(
        @Schema(description = "Increasing; the SSE event id, to resume with Last-Event-ID") long id,
        @Schema(enumeration = {"task.received", "task.routed", "a2a.call", "model.call", "tool.call", "retrieval",
                "task.completed", "task.failed"}) String type,
        @Schema(description = "The platform task (or the A2A task at the front door)") String taskId,
        @Schema(description = "The agent the step concerns") String agent,
        String at,
        @Schema(description = "The step's details, e.g. target and latency of an A2A call, tokens of a model call")
        JsonObject data) {
}
