package io.switchboard.console.client;

import io.switchboard.api.a2a.Message;
import io.switchboard.api.client.ApiCallException;
import io.switchboard.api.task.ExecuteTaskRequest;
import io.switchboard.api.task.ReplyUpdate;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The A2A 0.3 {@code message/stream} exchange with the platform's front door, as the console uses it: the
 * JSON-RPC request for a task, and each streamed JSON-RPC response read as {@link ReplyUpdate}s (the task, the
 * routed agent from the front door's status metadata, text chunks of artifacts, the final status). A JSON-RPC
 * error becomes an {@link ApiCallException} with the server's message.
 */
final class A2aReplies {

    private String lastArtifact;

    static String request(ExecuteTaskRequest request) {
        JsonObjectBuilder message = Json.createObjectBuilder().add("role", "user").add("kind", "message")
                .add("messageId", UUID.randomUUID().toString())
                .add("parts", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "text")
                        .add("text", request.input())));
        if (request.sessionId() != null && !request.sessionId().isBlank()) {
            message.add("contextId", request.sessionId());
        }
        if (request.agent() != null && !request.agent().isBlank()) {
            message.add("metadata", Json.createObjectBuilder().add("agent", request.agent()));
        }
        return Json.createObjectBuilder().add("jsonrpc", "2.0").add("id", UUID.randomUUID().toString())
                .add("method", "message/stream").add("params", Json.createObjectBuilder().add("message", message))
                .build().toString();
    }

    /** The updates one streamed response holds (none for events the console does not show). */
    List<ReplyUpdate> read(String data) {
        JsonObject response;
        try (var reader = Json.createReader(new StringReader(data))) {
            response = reader.readObject();
        } catch (RuntimeException e) {
            throw new ApiCallException(502, null, "The server's stream held something other than JSON-RPC.");
        }
        if (response.get("error") instanceof JsonObject error) {
            throw new ApiCallException(error.getInt("code", 0) == -32602 ? 400 : 502, null,
                    error.getString("message", "The agent refused the request."));
        }
        if (!(response.get("result") instanceof JsonObject result)) {
            return List.of();
        }
        List<ReplyUpdate> updates = new ArrayList<>();
        switch (result.getString("kind", "")) {
            case "task" -> {
                updates.add(ReplyUpdate.started(result.getString("id", null), result.getString("contextId", null)));
                JsonObject status = result.getJsonObject("status");
                if (status != null && terminal(status.getString("state", ""))) {
                    updates.add(ReplyUpdate.ended(status.getString("state"), text(status.get("message"))));
                }
            }
            case "status-update" -> {
                JsonObject status = result.getJsonObject("status");
                JsonValue note = status == null ? null : status.get("message");
                if (note instanceof JsonObject message && message.get("metadata") instanceof JsonObject metadata
                        && metadata.get(Message.ROUTED_AGENT) != null) {
                    updates.add(ReplyUpdate.routed(metadata.getString(Message.ROUTED_AGENT),
                            metadata.getString(Message.ROUTING_MODE, null)));
                }
                if (result.getBoolean("final", false) && status != null) {
                    updates.add(ReplyUpdate.ended(status.getString("state", ""), text(note)));
                }
            }
            case "artifact-update" -> {
                JsonObject artifact = result.getJsonObject("artifact");
                String chunk = artifact == null ? "" : text(artifact);
                if (!chunk.isEmpty()) {
                    String id = artifact.getString("artifactId", "");
                    boolean another = !result.getBoolean("append", false) && lastArtifact != null
                            && !lastArtifact.equals(id);
                    lastArtifact = id;
                    updates.add(ReplyUpdate.text(another ? "\n" + chunk : chunk));
                }
            }
            default -> { }
        }
        return updates;
    }

    private static boolean terminal(String state) {
        return switch (state) {
            case "completed", "failed", "canceled", "rejected", "input-required", "auth-required" -> true;
            default -> false;
        };
    }

    private static String text(JsonValue holder) {
        if (!(holder instanceof JsonObject object) || !(object.get("parts") instanceof JsonArray parts)) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (JsonValue part : parts) {
            if (part instanceof JsonObject p && "text".equals(p.getString("kind", "")) && p.get("text") != null) {
                text.append(p.getString("text"));
            }
        }
        return text.toString();
    }
}
