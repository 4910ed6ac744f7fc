package io.switchboard.api.workflow;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Starts a run: the inputs, and optionally which version (default: the current one; the run pins it). */
@Schema(name = "RunRequest")
public record RunRequest(JsonObject inputs, Integer version) {
}
