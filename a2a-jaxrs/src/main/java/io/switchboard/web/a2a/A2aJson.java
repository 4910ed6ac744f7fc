package io.switchboard.web.a2a;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.a2a.A2aException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;

/** JSON helpers of the A2A codecs: records to JSON-P values and back, and typed reads of params. */
final class A2aJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private A2aJson() {
    }

    static String toText(Object value) {
        return JSONB.toJson(value);
    }

    static JsonValue toJson(Object value) {
        try (JsonReader reader = Jsonp.JSON.createReader(new StringReader(JSONB.toJson(value)))) {
            return reader.readValue();
        }
    }

    /** Binds a JSON value to a record; a shape JSON-B cannot bind is invalid params. */
    static <T> T bind(JsonValue json, Class<T> type, String what) {
        try {
            return JSONB.fromJson(json.toString(), type);
        } catch (JsonbException e) {
            throw A2aException.invalidParams("'" + what + "' has the wrong shape: " + shapeProblem(rootMessage(e)));
        }
    }

    private static final java.util.regex.Pattern EVENTS =
            java.util.regex.Pattern.compile("Received event: (\\w+) Allowed: \\[([\\w, ]+)]");

    /** JSON-B's complaint in the client's terms: which JSON kind was expected, never the server's class names. */
    static String shapeProblem(String message) {
        java.util.regex.Matcher events = message == null ? null : EVENTS.matcher(message);
        if (events != null && events.find()) {
            return "expected " + String.join(" or ", java.util.Arrays.stream(events.group(2).split(",\\s*"))
                    .map(A2aJson::kind).toList()) + ", got " + kind(events.group(1));
        }
        return "a member has a value of the wrong type or format";
    }

    private static String kind(String event) {
        return switch (event) {
            case "START_OBJECT" -> "an object";
            case "START_ARRAY" -> "an array";
            case "VALUE_STRING" -> "a string";
            case "VALUE_NUMBER" -> "a number";
            case "VALUE_TRUE", "VALUE_FALSE" -> "a boolean";
            case "VALUE_NULL" -> "null";
            default -> "another value";
        };
    }

    static String string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw A2aException.invalidParams("'" + name + "' must be a string");
        }
        return ((JsonString) value).getString();
    }

    static Integer integer(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.NUMBER && object.getJsonNumber(name).isIntegral()) {
            try {
                return object.getJsonNumber(name).intValueExact();
            } catch (ArithmeticException e) {
                throw A2aException.invalidParams("'" + name + "' is out of range");
            }
        }
        throw A2aException.invalidParams("'" + name + "' must be an integer");
    }

    static Boolean bool(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (value.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            default -> throw A2aException.invalidParams("'" + name + "' must be true or false");
        };
    }

    static JsonObject object(JsonValue params, String what) {
        if (params == null || params.getValueType() != JsonValue.ValueType.OBJECT) {
            throw A2aException.invalidParams("'params' must be an object" + (what == null ? "" : " with " + what));
        }
        return params.asJsonObject();
    }

    static String required(JsonObject object, String name) {
        String value = string(object, name);
        if (value == null || value.isBlank()) {
            throw A2aException.invalidParams("'" + name + "' is required");
        }
        return value;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
