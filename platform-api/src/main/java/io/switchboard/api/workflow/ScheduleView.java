package io.switchboard.api.workflow;

import jakarta.json.JsonObject;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A schedule with its next fire times and what it fired last. */
@Schema(name = "Schedule")
public record ScheduleView(String id, String workflowId, String workflowName, Integer version, String cron,
                           String timeZone, JsonObject inputs, boolean enabled, String misfirePolicy,
                           @Schema(description = "The next (up to five) fire times, ISO-8601 with offset")
                           List<String> nextFireTimes,
                           String lastFiredAt, String lastRunId,
                           @Schema(description = "Firings skipped or merged because they were missed") int misfires,
                           String createdBy, String createdAt) {
}
