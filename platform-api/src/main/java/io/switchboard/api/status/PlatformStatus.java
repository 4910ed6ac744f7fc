package io.switchboard.api.status;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What {@code GET /api/status} answers. */
@Schema(name = "PlatformStatus")
public record PlatformStatus(
        @Schema(description = "Switchboard version") String version,
        Instant startedAt,
        @Schema(description = "Seconds since the application started") long uptimeSeconds,
        DatabaseStatus database,
        AgentCounts agents,
        @Schema(description = "Circuit breaker of every agent called since the start, by agent name: CLOSED (calls "
                + "go through), OPEN (the agent failed too often and is not called for a while) or HALF_OPEN (trying)")
        Map<String, String> circuits) {

    /** The platform database. */
    @Schema(name = "DatabaseStatus")
    public record DatabaseStatus(
            @Schema(description = "embedded (H2 on local disk) or postgresql", enumeration = {"embedded", "postgresql"})
            String kind,
            @Schema(description = "Product name and version reported by the JDBC driver") String product,
            @Schema(enumeration = {"UP", "DOWN"}) String health,
            @Schema(description = "Why the database is DOWN") String error) {
    }

    /** How many agents are in each status. */
    @Schema(name = "AgentCounts")
    public record AgentCounts(long total, Map<String, Long> byStatus) {
    }
}
