package io.switchboard.api.agent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/agents/remote}: an agent elsewhere, found through its A2A agent card. */
@Schema(name = "RegisterRemoteAgentRequest")
public record RegisterRemoteAgentRequest(
        @Schema(description = "URL of the agent's A2A card", required = true,
                example = "https://agents.example.com/.well-known/agent-card.json")
        @NotBlank(message = "is required")
        @Size(max = 2000, message = "must be at most 2000 characters")
        @Pattern(regexp = "^https?://.+", message = "must be an http or https URL")
        String cardUrl,

        @Schema(description = "Name in this registry; the card's name when absent. " + AgentNames.RULE)
        @Size(min = 1, max = AgentNames.MAX_LENGTH, message = "must be 1-100 characters")
        @Pattern(regexp = AgentNames.PATTERN, message = "must be " + AgentNames.RULE)
        String name,

        @Schema(description = "Bearer token to present to the agent; stored encrypted, never returned. Without it, "
                + "the platform's own short-lived service token is sent (for Switchboard servers sharing its keys).",
                format = "password")
        @Size(max = 8000, message = "must be at most 8000 characters")
        String bearerToken) {

    @Override
    public String toString() {
        return "RegisterRemoteAgentRequest[cardUrl=" + cardUrl + ", name=" + name + ", bearerToken="
                + (bearerToken == null ? null : "***") + "]";
    }
}
