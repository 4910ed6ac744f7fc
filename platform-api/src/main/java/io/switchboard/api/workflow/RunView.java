package io.switchboard.api.workflow;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A workflow run: its pinned version, state, node states, output and timing. */
@Schema(name = "Run")
public record RunView(String id, String workflowId, String workflowName, int version,
                      @Schema(enumeration = {"queued", "running", "waiting", "completed", "failed", "stopped"})
                      String state,
                      JsonObject inputs, JsonValue output, String error, String startedBy, String createdAt,
                      String endedAt, List<NodeRunView> nodes) {
}
