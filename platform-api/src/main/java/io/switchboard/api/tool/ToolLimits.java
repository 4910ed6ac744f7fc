package io.switchboard.api.tool;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How long one attempt may take, how often a transient failure is retried, and how often the tool may run. */
@Schema(name = "ToolLimits")
public record ToolLimits(
        @Schema(description = "Longest an attempt may take, in milliseconds (default 30000)", example = "10000")
        @Min(value = 100, message = "must be at least 100") @Max(value = 600_000, message = "must be at most 600000")
        Integer timeoutMs,

        @Schema(description = "Attempts on transient failures (connection errors, HTTP 5xx), 1 = no retry (default 2)",
                example = "3")
        @Min(value = 1, message = "must be at least 1") @Max(value = 10, message = "must be at most 10")
        Integer maxAttempts,

        @Schema(description = "Invocations per minute across all callers, 0 = unlimited (default 0)", example = "60")
        @Min(value = 0, message = "must not be negative") @Max(value = 100_000, message = "must be at most 100000")
        Integer ratePerMinute) {
}
