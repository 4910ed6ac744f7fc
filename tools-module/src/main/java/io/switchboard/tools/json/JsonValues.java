package io.switchboard.tools.json;

import io.switchboard.api.json.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;

/** Parsing, writing and building JSON-P values. */
public final class JsonValues {

    private JsonValues() {
    }

    /** The object in the text; an {@link IllegalArgumentException} saying why when it is not one. */
    public static JsonObject parseObject(String text) {
        JsonValue value = parse(text);
        if (!(value instanceof JsonObject object)) {
            throw new IllegalArgumentException("expected a JSON object, found " + value.getValueType().name().toLowerCase());
        }
        return object;
    }

    public static JsonValue parse(String text) {
        try (JsonReader reader = Jsonp.JSON.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
        }
    }

    /** A string, number, boolean, map, collection or JSON value as a JSON value (anything else as its text). */
    public static JsonValue of(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof String s) {
            return Jsonp.JSON.createValue(s);
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Jsonp.JSON.createValue(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return Jsonp.JSON.createValue(big);
        }
        if (value instanceof BigDecimal big) {
            return Jsonp.JSON.createValue(big);
        }
        if (value instanceof Double d && !d.isNaN() && !d.isInfinite()) {
            return Jsonp.JSON.createValue(d);
        }
        if (value instanceof Float f && !f.isNaN() && !f.isInfinite()) {
            return Jsonp.JSON.createValue(f.doubleValue());
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = Jsonp.JSON.createObjectBuilder();
            map.forEach((k, v) -> object.add(String.valueOf(k), of(v)));
            return object.build();
        }
        if (value instanceof Collection<?> list) {
            JsonArrayBuilder array = Jsonp.JSON.createArrayBuilder();
            list.forEach(v -> array.add(of(v)));
            return array.build();
        }
        if (value instanceof Object[] array) {
            return of(java.util.Arrays.asList(array));
        }
        if (value instanceof TemporalAccessor || value instanceof java.util.Date) {
            return Jsonp.JSON.createValue(value.toString());
        }
        return Jsonp.JSON.createValue(String.valueOf(value));
    }

    /** The value of a member as plain Java: String, BigDecimal, Boolean, Map, List or null. */
    public static Object toJava(JsonValue value) {
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> value.asJsonArray().stream().map(JsonValues::toJava).toList();
            case OBJECT -> {
                Map<String, Object> map = new java.util.LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, toJava(v)));
                yield map;
            }
        };
    }

    /** The string member, or null when absent or JSON null. */
    public static String string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    /** The text a model or a person reads for a value: strings as they are, anything else as JSON. */
    public static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : String.valueOf(value);
    }
}
