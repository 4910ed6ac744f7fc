package io.switchboard.orchestration.a2a.client;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.a2a.A2aV1Shapes;
import io.switchboard.api.a2a.JsonRpc;
import io.switchboard.api.a2a.Message;
import io.switchboard.api.a2a.Task;
import io.switchboard.api.a2a.TaskArtifactUpdateEvent;
import io.switchboard.api.a2a.TaskStatusUpdateEvent;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.UUID;

/** Builds the JSON-RPC requests of the client and reads stream events, in the target's protocol version. */
final class A2aWire {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private A2aWire() {
    }

    static JsonObject request(A2aTarget target, Message message, boolean stream) {
        JsonValue v03 = parse(JSONB.toJson(message));
        String method = target.speaks10()
                ? (stream ? JsonRpc.SEND_STREAMING_MESSAGE : JsonRpc.SEND_MESSAGE)
                : (stream ? JsonRpc.MESSAGE_STREAM : JsonRpc.MESSAGE_SEND);
        JsonValue wireMessage = target.speaks10() ? A2aV1Shapes.message(v03) : v03;
        return Jsonp.JSON.createObjectBuilder().add("jsonrpc", JsonRpc.VERSION).add("id", UUID.randomUUID().toString())
                .add("method", method).add("params", Jsonp.JSON.createObjectBuilder().add("message", wireMessage)).build();
    }

    /** A JSON-RPC response to send: a 1.0 result is unwrapped and brought to the 0.3 shape. */
    static JsonObject toV03(A2aTarget target, JsonObject response) {
        if (!target.speaks10() || !response.containsKey("result")
                || response.get("result").getValueType() != JsonValue.ValueType.OBJECT) {
            return response;
        }
        JsonObject result = response.getJsonObject("result");
        JsonObject v03 = result.containsKey("task") ? A2aV1Shapes.taskIn(result.get("task"))
                : result.containsKey("message") ? A2aV1Shapes.messageIn(result.get("message")) : result;
        return Jsonp.JSON.createObjectBuilder(response).add("result", v03).build();
    }

    /** One stream event as a 0.3 object (Task, Message, status or artifact update), or null if unknown. */
    static Object event(A2aTarget target, JsonObject result) {
        if (target.speaks10()) {
            if (result.containsKey("task")) {
                return JSONB.fromJson(A2aV1Shapes.taskIn(result.get("task")).toString(), Task.class);
            }
            if (result.containsKey("message")) {
                return JSONB.fromJson(A2aV1Shapes.messageIn(result.get("message")).toString(), Message.class);
            }
            if (result.containsKey("statusUpdate")) {
                return JSONB.fromJson(A2aV1Shapes.statusUpdateIn(result.get("statusUpdate"), false).toString(),
                        TaskStatusUpdateEvent.class);
            }
            if (result.containsKey("artifactUpdate")) {
                return JSONB.fromJson(A2aV1Shapes.artifactUpdateIn(result.get("artifactUpdate")).toString(),
                        TaskArtifactUpdateEvent.class);
            }
            return null;
        }
        return switch (result.getString("kind", "")) {
            case Task.KIND -> JSONB.fromJson(result.toString(), Task.class);
            case Message.KIND -> JSONB.fromJson(result.toString(), Message.class);
            case TaskStatusUpdateEvent.KIND -> JSONB.fromJson(result.toString(), TaskStatusUpdateEvent.class);
            case TaskArtifactUpdateEvent.KIND -> JSONB.fromJson(result.toString(), TaskArtifactUpdateEvent.class);
            default -> null;
        };
    }

    static JsonObject parse(String json) {
        try (JsonReader reader = Jsonp.JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
