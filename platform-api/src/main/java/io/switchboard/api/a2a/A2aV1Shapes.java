package io.switchboard.api.a2a;

import io.switchboard.api.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Converts between the A2A 0.3 JSON shapes (the platform's internal form) and the A2A 1.0 ProtoJSON shapes: no
 * {@code kind}, parts told apart by which member is present, enum values in SCREAMING_SNAKE_CASE. Pure JSON-P,
 * so the server's codecs, its push notifier and clients all use it.
 */
public final class A2aV1Shapes {

    private static final String STATE_PREFIX = "TASK_STATE_";
    private static final Map<String, String> ROLES_IN = Map.of("ROLE_USER", Message.ROLE_USER,
            "ROLE_AGENT", Message.ROLE_AGENT);
    private static final Set<String> DROPPED = Set.of("kind");

    private A2aV1Shapes() {
    }

    // ---- 1.0 -> 0.3 (requests) ----

    /** A 1.0 message as its 0.3 shape. */
    public static JsonObject messageIn(JsonValue value) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw A2aException.invalidParams("'message' is required and must be an object");
        }
        JsonObject message = value.asJsonObject();
        JsonObjectBuilder out = Jsonp.JSON.createObjectBuilder(message).add("kind", Message.KIND);
        JsonValue role = message.get("role");
        if (role != null) {
            out.add("role", roleIn(role));
        }
        JsonValue parts = message.get("parts");
        if (parts != null && parts.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArrayBuilder converted = Jsonp.JSON.createArrayBuilder();
            for (JsonValue part : parts.asJsonArray()) {
                converted.add(partIn(part));
            }
            out.add("parts", converted);
        }
        return out.build();
    }

    /** A 1.0 task (a response) as its 0.3 shape. */
    public static JsonObject taskIn(JsonValue value) {
        JsonObject task = value.asJsonObject();
        JsonObjectBuilder out = Jsonp.JSON.createObjectBuilder(task).add("kind", "task");
        out.add("status", statusIn(task.getJsonObject("status")));
        if (task.containsKey("history")) {
            out.add("history", each(task.getJsonArray("history"), A2aV1Shapes::messageIn));
        }
        if (task.containsKey("artifacts")) {
            out.add("artifacts", each(task.getJsonArray("artifacts"), A2aV1Shapes::artifactIn));
        }
        return out.build();
    }

    /** A 1.0 status update event as its 0.3 shape ({@code final} set by the caller's knowledge of the stream). */
    public static JsonObject statusUpdateIn(JsonValue value, boolean last) {
        JsonObject event = value.asJsonObject();
        return Jsonp.JSON.createObjectBuilder(event).add("kind", "status-update").add("final", last)
                .add("status", statusIn(event.getJsonObject("status"))).build();
    }

    /** A 1.0 artifact update event as its 0.3 shape. */
    public static JsonObject artifactUpdateIn(JsonValue value) {
        JsonObject event = value.asJsonObject();
        return Jsonp.JSON.createObjectBuilder(event).add("kind", "artifact-update")
                .add("artifact", artifactIn(event.getJsonObject("artifact"))).build();
    }

    private static JsonObject statusIn(JsonObject status) {
        JsonObjectBuilder out = Jsonp.JSON.createObjectBuilder(status);
        String state = status.getString("state", STATE_PREFIX + "UNSPECIFIED");
        out.add("state", state.equals(STATE_PREFIX + "UNSPECIFIED") ? TaskState.UNKNOWN : stateIn(state));
        if (status.containsKey("message") && status.get("message").getValueType() == JsonValue.ValueType.OBJECT) {
            out.add("message", messageIn(status.get("message")));
        }
        return out.build();
    }

    private static JsonObject artifactIn(JsonValue value) {
        JsonObject artifact = value.asJsonObject();
        return Jsonp.JSON.createObjectBuilder(artifact).add("parts", each(artifact.getJsonArray("parts"), A2aV1Shapes::partIn))
                .build();
    }

    /** A 1.0 task state filter as the 0.3 state. */
    public static String stateIn(String state) {
        if (!state.startsWith(STATE_PREFIX)) {
            throw A2aException.invalidParams("'status' must be a TASK_STATE_* value");
        }
        String inner = state.substring(STATE_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '-');
        if (!TaskState.ALL.contains(inner) || TaskState.UNKNOWN.equals(inner)) {
            throw A2aException.invalidParams("'status' " + state + " is not a task state");
        }
        return inner;
    }

    private static String roleIn(JsonValue role) {
        if (role.getValueType() == JsonValue.ValueType.STRING) {
            String name = ((jakarta.json.JsonString) role).getString();
            String mapped = ROLES_IN.get(name);
            if (mapped != null) {
                return mapped;
            }
            throw A2aException.invalidParams("'message.role' must be ROLE_USER or ROLE_AGENT, not " + name);
        }
        if (role.getValueType() == JsonValue.ValueType.NUMBER) {
            int number = ((jakarta.json.JsonNumber) role).intValue();
            if (number == 1) {
                return Message.ROLE_USER;
            }
            if (number == 2) {
                return Message.ROLE_AGENT;
            }
        }
        throw A2aException.invalidParams("'message.role' must be ROLE_USER or ROLE_AGENT");
    }

    private static JsonObject partIn(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw A2aException.invalidParams("every part must be an object");
        }
        JsonObject part = value.asJsonObject();
        JsonObjectBuilder out = Jsonp.JSON.createObjectBuilder();
        if (part.containsKey("metadata")) {
            out.add("metadata", part.get("metadata"));
        }
        int members = 0;
        if (part.containsKey("text")) {
            members++;
            out.add("kind", Part.TEXT).add("text", part.get("text"));
        }
        if (part.containsKey("raw") || part.containsKey("url")) {
            members++;
            JsonObjectBuilder file = Jsonp.JSON.createObjectBuilder();
            copy(part, "raw", file, "bytes");
            copy(part, "url", file, "uri");
            copy(part, "mediaType", file, "mimeType");
            copy(part, "filename", file, "name");
            out.add("kind", Part.FILE).add("file", file);
        }
        if (part.containsKey("data")) {
            members++;
            JsonValue data = part.get("data");
            out.add("kind", Part.DATA).add("data", data.getValueType() == JsonValue.ValueType.OBJECT ? data
                    : Jsonp.JSON.createObjectBuilder().add("value", data).build());
        }
        if (members != 1) {
            throw A2aException.invalidParams("every part must hold exactly one of text, raw, url or data");
        }
        return out.build();
    }

    // ---- 0.3 -> 1.0 (responses) ----

    public static JsonObject task(JsonValue v03) {
        JsonObject task = v03.asJsonObject();
        JsonObjectBuilder out = withoutKind(task);
        out.add("status", status(task.getJsonObject("status")));
        if (task.containsKey("history")) {
            out.add("history", each(task.getJsonArray("history"), A2aV1Shapes::message));
        }
        if (task.containsKey("artifacts")) {
            out.add("artifacts", each(task.getJsonArray("artifacts"), A2aV1Shapes::artifact));
        }
        return out.build();
    }

    public static JsonObject message(JsonValue v03) {
        JsonObject message = v03.asJsonObject();
        JsonObjectBuilder out = withoutKind(message);
        out.add("role", Message.ROLE_AGENT.equals(message.getString("role", "")) ? "ROLE_AGENT" : "ROLE_USER");
        out.add("parts", each(message.getJsonArray("parts"), A2aV1Shapes::part));
        return out.build();
    }

    public static JsonObject statusUpdate(JsonValue v03) {
        JsonObject event = v03.asJsonObject();
        JsonObjectBuilder out = withoutKind(event);
        out.remove("final");
        out.add("status", status(event.getJsonObject("status")));
        return out.build();
    }

    public static JsonObject artifactUpdate(JsonValue v03) {
        JsonObject event = v03.asJsonObject();
        return withoutKind(event).add("artifact", artifact(event.getJsonObject("artifact"))).build();
    }

    private static JsonObject status(JsonObject v03) {
        JsonObjectBuilder out = Jsonp.JSON.createObjectBuilder(v03);
        out.add("state", stateOut(v03.getString("state")));
        if (v03.containsKey("message") && v03.get("message").getValueType() == JsonValue.ValueType.OBJECT) {
            out.add("message", message(v03.get("message")));
        }
        return out.build();
    }

    private static JsonObject artifact(JsonValue v03) {
        JsonObject artifact = v03.asJsonObject();
        return Jsonp.JSON.createObjectBuilder(artifact).add("parts", each(artifact.getJsonArray("parts"), A2aV1Shapes::part))
                .build();
    }

    private static JsonObject part(JsonValue v03) {
        JsonObject part = v03.asJsonObject();
        JsonObjectBuilder out = Jsonp.JSON.createObjectBuilder();
        if (part.containsKey("metadata")) {
            out.add("metadata", part.get("metadata"));
        }
        switch (part.getString("kind", "")) {
            case Part.TEXT -> out.add("text", part.get("text"));
            case Part.DATA -> out.add("data", part.get("data")).add("mediaType", "application/json");
            case Part.FILE -> {
                JsonObject file = part.getJsonObject("file");
                copy(file, "bytes", out, "raw");
                copy(file, "uri", out, "url");
                copy(file, "mimeType", out, "mediaType");
                copy(file, "name", out, "filename");
            }
            default -> throw new IllegalStateException("part without kind: " + part);
        }
        return out.build();
    }

    public static String stateOut(String v03State) {
        return TaskState.UNKNOWN.equals(v03State) ? STATE_PREFIX + "UNSPECIFIED"
                : STATE_PREFIX + v03State.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static JsonObjectBuilder withoutKind(JsonObject object) {
        JsonObjectBuilder out = Jsonp.JSON.createObjectBuilder(object);
        DROPPED.forEach(out::remove);
        return out;
    }

    private static JsonArray each(JsonArray values, java.util.function.Function<JsonValue, JsonObject> convert) {
        JsonArrayBuilder out = Jsonp.JSON.createArrayBuilder();
        values.forEach(v -> out.add(convert.apply(v)));
        return out.build();
    }

    private static void copy(JsonObject from, String name, JsonObjectBuilder to, String as) {
        if (from.containsKey(name) && from.get(name).getValueType() != JsonValue.ValueType.NULL) {
            to.add(as, from.get(name));
        }
    }
}
