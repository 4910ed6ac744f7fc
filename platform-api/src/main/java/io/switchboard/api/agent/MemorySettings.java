package io.switchboard.api.agent;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much of a conversation (session) an agent remembers. */
@Schema(name = "MemorySettings")
public record MemorySettings(
        @Schema(description = "Default true") Boolean enabled,
        @Schema(description = "Most recent messages kept (default 20)")
        @Min(value = 1, message = "must be at least 1") @Max(value = 1000, message = "must be at most 1000")
        Integer windowMessages,
        @Schema(description = "Most tokens of history sent to the model (default 4000)")
        @Min(value = 100, message = "must be at least 100") @Max(value = 1_000_000, message = "must be at most 1000000")
        Integer maxTokens) {
}
