package io.switchboard.api.workflow;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A cron schedule of a workflow. {@code cron} has five fields (minute hour day-of-month month day-of-week, as in
 * Unix cron) or six with seconds first (Spring style); {@code version} null means the current version at each
 * firing.
 */
@Schema(name = "ScheduleRequest")
public record ScheduleRequest(
        @Schema(description = "e.g. \"0 7 * * MON-FRI\" or, with seconds, \"*/30 * * * * *\"") String cron,
        @Schema(description = "IANA time zone the cron is read in (default UTC)", defaultValue = "UTC") String timeZone,
        @Schema(description = "The runs' inputs") JsonObject inputs,
        @Schema(description = "Version to run (default: the current one at each firing)") Integer version,
        @Schema(description = "Default true") Boolean enabled,
        @Schema(enumeration = {"fire-once", "skip"}, description = "When firings were missed (the servers were down): "
                + "run once now (default) or skip them") String misfirePolicy) {
}
