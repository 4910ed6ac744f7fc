package io.switchboard.api.agent;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/agents} (a local agent) and {@code PUT /api/agents/{id}} (every field as it should be
 * from now on; each update is a new version). Remote agents are registered by card with
 * {@code POST /api/agents/remote}.
 */
@Schema(name = "AgentRequest")
public record AgentRequest(
        @Schema(description = "Unique name; " + AgentNames.RULE, example = "support-bot", required = true)
        @NotNull(message = "is required")
        @Size(min = 1, max = AgentNames.MAX_LENGTH, message = "must be 1-100 characters")
        @Pattern(regexp = AgentNames.PATTERN, message = "must be " + AgentNames.RULE)
        String name,

        @Size(max = 2000, message = "must be at most 2000 characters")
        String description,

        @Schema(description = "What does the agent's work: general (default), document, data, tool, vision or echo",
                enumeration = {"general", "document", "data", "tool", "vision", "echo"})
        @Pattern(regexp = "general|document|data|tool|vision|echo",
                message = "must be general, document, data, tool, vision or echo")
        String specialist,

        @Size(max = 20, message = "may list at most 20 skills")
        List<@NotNull(message = "must not contain null") @Valid AgentSkill> skills,

        @Schema(description = "Instructions for the agent's model")
        @Size(max = 20_000, message = "must be at most 20000 characters")
        String systemPrompt,

        @Valid ModelSettings model,

        @Schema(description = "Names of the tools the agent may use")
        @Size(max = 50, message = "may list at most 50 tools")
        List<@NotNull(message = "must not contain null") @Pattern(regexp = "^[A-Za-z0-9_.-]{1,100}$",
                message = "must contain tool names of 1-100 letters, digits, '-', '_' or '.'") String> tools,

        @Schema(description = "Knowledge collections (names or ids) the agent answers from")
        @Size(max = 20, message = "may list at most 20 collections")
        List<@NotNull(message = "must not contain null") @Size(min = 1, max = 100, message = "must be 1-100 characters")
                String> collections,

        @Valid MemorySettings memory,

        @Valid AgentLimits limits) {

    public AgentRequest {
        skills = skills == null ? List.of() : skills;
        tools = tools == null ? List.of() : tools;
        collections = collections == null ? List.of() : collections;
    }
}
