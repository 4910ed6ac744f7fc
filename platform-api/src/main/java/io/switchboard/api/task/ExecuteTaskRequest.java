package io.switchboard.api.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/execute-task}. */
@Schema(name = "ExecuteTaskRequest", description = "A task for the agent named, or for the agent the orchestrator chooses")
public record ExecuteTaskRequest(
        @Schema(description = "Agent name or id; leave it out and the orchestrator chooses the agent", example = "tool")
        @Size(min = 1, max = 100, message = "must be 1-100 characters")
        String agent,

        @Schema(description = "The text the agent works on", example = "Hello, Switchboard", required = true)
        @NotNull(message = "is required")
        @NotBlank(message = "must not be blank")
        @Size(max = ExecuteTaskRequest.MAX_INPUT_LENGTH, message = "must be at most 100000 characters")
        String input,

        @Schema(description = "Conversation this task belongs to; the same id continues a conversation")
        @Size(max = 200, message = "must be at most 200 characters")
        String sessionId,

        @Schema(description = "Free-form key/value data kept with the task")
        @Size(max = 50, message = "may hold at most 50 entries")
        Map<String, Object> metadata) {

    public static final int MAX_INPUT_LENGTH = 100_000;

    public ExecuteTaskRequest {
        metadata = metadata == null ? Map.of() : metadata;
    }
}
