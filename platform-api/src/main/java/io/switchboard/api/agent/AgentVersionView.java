package io.switchboard.api.agent;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One immutable version of an agent: what changed, who changed it, and the agent as it was then. */
@Schema(name = "AgentVersion")
public record AgentVersionView(
        int version,
        @Schema(enumeration = {"created", "updated", "rolled-back", "enabled", "disabled"}) String change,
        String changedBy,
        Instant createdAt,
        @Schema(description = "The agent as this version defines it") AgentView agent) {
}
