package io.switchboard.api.agent;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/register-agent}. */
@Schema(name = "RegisterAgentRequest", description = "A new agent for the registry")
public record RegisterAgentRequest(
        @Schema(description = "Unique name; " + AgentNames.RULE, example = "support-bot", required = true)
        @NotNull(message = "is required")
        @Size(min = 1, max = AgentNames.MAX_LENGTH, message = "must be 1-100 characters")
        @Pattern(regexp = AgentNames.PATTERN, message = "must be " + AgentNames.RULE)
        String name,

        @Schema(description = "What the agent is for")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String description,

        @Schema(description = "Names of the tools the agent may use")
        @Size(max = 50, message = "may list at most 50 tools")
        List<@NotNull(message = "must not contain null") @Pattern(regexp = "^[A-Za-z0-9_.-]{1,100}$",
                message = "must contain tool names of 1-100 letters, digits, '-', '_' or '.'") String> tools,

        @Schema(description = "What the agent can do: shown on its card, and what requests are routed by")
        @Size(max = 20, message = "may list at most 20 skills")
        List<@NotNull(message = "must not contain null") @Valid AgentSkill> skills) {

    public RegisterAgentRequest {
        tools = tools == null ? List.of() : tools;
        skills = skills == null ? List.of() : skills;
    }

}
