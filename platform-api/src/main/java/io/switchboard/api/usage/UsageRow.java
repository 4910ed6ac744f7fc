package io.switchboard.api.usage;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Model calls summed for one key (an agent, task, session, day or model). */
@Schema(name = "UsageRow")
public record UsageRow(@Schema(description = "The agent name, task id, session id, day (YYYY-MM-DD) or model") String key,
                       long calls, long failedCalls, long inputTokens, long outputTokens,
                       @Schema(description = "Estimated from the price table, in US dollars") BigDecimal costUsd) {
}
