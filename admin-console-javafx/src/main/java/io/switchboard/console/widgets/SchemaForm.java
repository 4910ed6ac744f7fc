package io.switchboard.console.widgets;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A form for a tool's arguments, made from its JSON Schema: one field per top-level property, typed (string,
 * integer, number, boolean, an enum's choices, or JSON for objects and arrays), marked when required, with the
 * property's description as a hint. {@link #arguments(Map)} turns the texts back into the JSON arguments, or
 * names each field it cannot read; the server checks the full schema when the tool is invoked.
 */
public final class SchemaForm {

    /** One field of the form. */
    public record Field(String name, String type, boolean required, String description, List<String> choices,
                        String defaultText) {
    }

    /** The arguments, or the problems (by field) that keep the texts from being arguments. */
    public record Arguments(JsonObject value, Map<String, String> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final List<Field> fields;

    private SchemaForm(List<Field> fields) {
        this.fields = fields;
    }

    public static SchemaForm of(JsonObject schema) {
        List<Field> fields = new ArrayList<>();
        if (schema == null || !(schema.get("properties") instanceof JsonObject properties)) {
            return new SchemaForm(fields);
        }
        Set<String> required = schema.get("required") instanceof JsonArray names
                ? Set.copyOf(names.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList())
                : Set.of();
        for (Map.Entry<String, JsonValue> entry : properties.entrySet()) {
            JsonObject property = entry.getValue() instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
            List<String> choices = property.get("enum") instanceof JsonArray values
                    ? values.stream().map(v -> v instanceof JsonString s ? s.getString() : v.toString()).toList()
                    : List.of();
            String type = !choices.isEmpty() ? "enum" : property.get("type") instanceof JsonString t ? t.getString()
                    : "json";
            String description = property.get("description") instanceof JsonString d ? d.getString() : "";
            JsonValue defaultValue = property.get("default");
            String defaultText = defaultValue == null ? "" : defaultValue instanceof JsonString s ? s.getString()
                    : defaultValue.toString();
            fields.add(new Field(entry.getKey(), type, required.contains(entry.getKey()), description, choices,
                    defaultText));
        }
        return new SchemaForm(fields);
    }

    public List<Field> fields() {
        return fields;
    }

    /** The texts as arguments: empty optional fields are left out. */
    public Arguments arguments(Map<String, String> texts) {
        JsonObjectBuilder arguments = Json.createObjectBuilder();
        Map<String, String> problems = new LinkedHashMap<>();
        for (Field field : fields) {
            String text = texts.getOrDefault(field.name(), "");
            if (text == null || text.isBlank()) {
                if (field.required() && !"boolean".equals(field.type())) {
                    problems.put(field.name(), "is required");
                }
                if ("boolean".equals(field.type()) && text != null && !text.isBlank()) {
                    arguments.add(field.name(), Boolean.parseBoolean(text));
                }
                continue;
            }
            String t = text.strip();
            switch (field.type()) {
                case "integer" -> {
                    try {
                        arguments.add(field.name(), new BigDecimal(t).toBigIntegerExact());
                    } catch (NumberFormatException | ArithmeticException e) {
                        problems.put(field.name(), "must be a whole number");
                    }
                }
                case "number" -> {
                    try {
                        arguments.add(field.name(), new BigDecimal(t));
                    } catch (NumberFormatException e) {
                        problems.put(field.name(), "must be a number");
                    }
                }
                case "boolean" -> arguments.add(field.name(), Boolean.parseBoolean(t));
                case "object", "array", "json" -> {
                    try (var reader = Json.createReader(new StringReader(t))) {
                        arguments.add(field.name(), reader.readValue());
                    } catch (JsonParsingException e) {
                        if ("json".equals(field.type())) {
                            arguments.add(field.name(), text);
                        } else {
                            problems.put(field.name(), "must be JSON (an " + field.type() + ")");
                        }
                    }
                }
                default -> arguments.add(field.name(), text);
            }
        }
        return new Arguments(arguments.build(), problems);
    }
}
