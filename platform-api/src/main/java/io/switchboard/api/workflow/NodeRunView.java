package io.switchboard.api.workflow;

import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One node of a run. */
@Schema(name = "NodeRun")
public record NodeRunView(String nodeId, String type,
                          @Schema(enumeration = {"running", "completed", "failed", "skipped", "waiting"}) String state,
                          JsonValue output, String error, int attempts, String startedAt, String endedAt, Long durationMs) {
}
