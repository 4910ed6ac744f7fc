package io.switchboard.api.agent;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bounds on one task of an agent. */
@Schema(name = "AgentLimits")
public record AgentLimits(
        @Schema(description = "Longest a task may run, in seconds (default 120)")
        @Min(value = 1, message = "must be at least 1") @Max(value = 3600, message = "must be at most 3600")
        Integer timeoutSeconds,
        @Schema(description = "Most model or tool steps per task (default 10)")
        @Min(value = 1, message = "must be at least 1") @Max(value = 100, message = "must be at most 100")
        Integer maxSteps,
        @Schema(description = "Most model tokens per task; 0 = no limit (default 0)")
        @Min(value = 0, message = "must not be negative") @Max(value = 10_000_000, message = "must be at most 10000000")
        Integer tokenBudget,
        @Schema(description = "Most model tokens the agent may spend per UTC day; 0 = no limit of its own. Never "
                + "above switchboard.budget.agent-daily-tokens when that is set")
        @Min(value = 0, message = "must not be negative") @Max(value = 2_000_000_000, message = "must be at most 2000000000")
        Integer dailyTokenBudget) {
}
