package io.switchboard.agents.specialist;

import io.switchboard.api.json.Jsonp;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/**
 * A tool's JSON Schema (as the tools module keeps it) in LangChain4j's schema model, which the provider clients
 * send to the model. Keywords the model needs (types, properties, required, enum, items, descriptions) are
 * carried; a property without a known type becomes a described string, and the tool's own validation still
 * checks every call.
 */
public final class ToolSchemas {

    private ToolSchemas() {
    }

    public static JsonObjectSchema parameters(String jsonSchema) {
        if (jsonSchema == null || jsonSchema.isBlank()) {
            return JsonObjectSchema.builder().build();
        }
        try (JsonReader reader = Jsonp.JSON.createReader(new StringReader(jsonSchema))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject o && element(o) instanceof JsonObjectSchema schema) {
                return schema;
            }
            return JsonObjectSchema.builder().build();
        } catch (RuntimeException e) {
            // a schema the model cannot be shown: the tool is offered without one, and its own validation still runs
            return JsonObjectSchema.builder().description("arguments as the tool's description says").build();
        }
    }

    static JsonSchemaElement element(JsonObject o) {
        String description = o.containsKey("description") && o.get("description") instanceof JsonString d
                ? d.getString() : null;
        if (o.get("enum") instanceof jakarta.json.JsonArray values) {
            List<String> names = values.stream().map(v -> v instanceof JsonString s ? s.getString() : v.toString())
                    .toList();
            return JsonEnumSchema.builder().enumValues(names).description(description).build();
        }
        String type = o.get("type") instanceof JsonString t ? t.getString() : o.containsKey("properties") ? "object" : "";
        return switch (type) {
            case "object" -> {
                JsonObjectSchema.Builder b = JsonObjectSchema.builder().description(description);
                if (o.get("properties") instanceof JsonObject properties) {
                    properties.forEach((name, schema) -> {
                        if (schema instanceof JsonObject p) {
                            b.addProperty(name, element(p));
                        }
                    });
                }
                if (o.get("required") instanceof jakarta.json.JsonArray required) {
                    b.required(required.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
                }
                yield b.build();
            }
            case "array" -> JsonArraySchema.builder().description(description)
                    .items(o.get("items") instanceof JsonObject items ? element(items)
                            : JsonStringSchema.builder().build()).build();
            case "integer" -> JsonIntegerSchema.builder().description(description).build();
            case "number" -> JsonNumberSchema.builder().description(description).build();
            case "boolean" -> JsonBooleanSchema.builder().description(description).build();
            default -> JsonStringSchema.builder().description(description).build();
        };
    }
}
