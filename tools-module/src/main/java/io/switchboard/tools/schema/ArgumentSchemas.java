package io.switchboard.tools.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.switchboard.api.problem.Problem;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates tool arguments against the tool's JSON Schema. Schemas without {@code $schema} are read as draft
 * 2020-12; compiled schemas are cached by their text. No remote {@code $ref} is ever fetched (that would let
 * a schema make the server call out).
 */
public final class ArgumentSchemas {

    private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)));
    private static final int MAX_CACHED = 1000;
    private static final Map<String, Schema> COMPILED = new ConcurrentHashMap<>();

    private ArgumentSchemas() {
    }

    /** Every way the arguments violate the schema, sorted by where; empty when they are valid. */
    public static List<Problem.FieldError> violations(String schemaJson, JsonObject arguments) {
        List<Error> errors;
        try {
            errors = compiled(schemaJson).validate(toJackson(arguments));
        } catch (SchemaException | IllegalArgumentException e) {
            return List.of(new Problem.FieldError("", "the tool's schema cannot be used to check arguments ("
                    + e.getMessage() + "); an administrator must fix the tool"));
        }
        return errors.stream().map(ArgumentSchemas::fieldError).distinct()
                .sorted(Comparator.comparing(Problem.FieldError::field)).toList();
    }

    /**
     * What is wrong with a schema offered for a tool's arguments: it must be a valid draft 2020-12 schema of
     * {@code "type": "object"}. Empty when it is fine.
     */
    public static List<Problem.FieldError> schemaProblems(JsonObject schema) {
        List<Problem.FieldError> problems = new ArrayList<>();
        JsonValue type = schema.get("type");
        if (type == null || !"\"object\"".equals(type.toString())) {
            problems.add(new Problem.FieldError("parameters.type", "must be \"object\": a tool takes named arguments"));
        }
        collectRemoteReferences(schema, "parameters", problems);
        Schema meta = REGISTRY.getSchema(SchemaLocation.of(META_SCHEMA));
        for (Error error : meta.validate(toJackson(schema))) {
            Problem.FieldError e = fieldError(error);
            problems.add(new Problem.FieldError(e.field().isEmpty() ? "parameters" : "parameters." + e.field(),
                    e.message()));
        }
        if (problems.isEmpty()) {
            try {
                compiled(schema.toString()).validate(MAPPER.createObjectNode());
            } catch (SchemaException | IllegalArgumentException e) {
                problems.add(new Problem.FieldError("parameters", "is not a usable schema: " + e.getMessage()));
            }
        }
        return problems.stream().distinct().toList();
    }

    /** Only references inside the schema itself ({@code #/$defs/...}) are allowed. */
    private static void collectRemoteReferences(JsonValue value, String path, List<Problem.FieldError> problems) {
        if (value instanceof JsonObject object) {
            object.forEach((key, member) -> {
                if ((key.equals("$ref") || key.equals("$dynamicRef")) && member instanceof jakarta.json.JsonString ref
                        && !ref.getString().startsWith("#")) {
                    problems.add(new Problem.FieldError(path + "." + key,
                            "may only point inside the schema (#/...), not at " + ref.getString()));
                } else {
                    collectRemoteReferences(member, path + "." + key, problems);
                }
            });
        } else if (value instanceof jakarta.json.JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                collectRemoteReferences(array.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static Schema compiled(String schemaJson) {
        Schema schema = COMPILED.get(schemaJson);
        if (schema == null) {
            if (COMPILED.size() >= MAX_CACHED) {
                COMPILED.clear();
            }
            schema = REGISTRY.getSchema(toJackson(schemaJson));
            COMPILED.put(schemaJson, schema);
        }
        return schema;
    }

    private static Problem.FieldError fieldError(Error error) {
        String location = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        String field = pathOf(location);
        if (error.getProperty() != null && PROPERTY_KEYWORDS.contains(error.getKeyword())) {
            field = field.isEmpty() ? error.getProperty() : field + "." + error.getProperty();
        }
        String message = error.getMessage();
        // the validator may prefix its message with the location, which the field already says
        if (message != null && !location.isEmpty() && message.startsWith(location + ": ")) {
            message = message.substring(location.length() + 2);
        }
        return new Problem.FieldError(field, message);
    }

    private static final java.util.Set<String> PROPERTY_KEYWORDS = java.util.Set.of("required", "additionalProperties",
            "unevaluatedProperties", "dependentRequired", "dependencies", "propertyNames");

    /** A JSON pointer ({@code /items/2/name}) as the API writes field paths ({@code items[2].name}). */
    static String pathOf(String pointer) {
        String p = pointer.startsWith("$") ? pointer.substring(1) : pointer;
        StringBuilder path = new StringBuilder();
        for (String segment : p.split("[/.]")) {
            if (segment.isEmpty()) {
                continue;
            }
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (name.matches("\\d+")) {
                path.append('[').append(name).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(name);
            }
        }
        return path.toString();
    }

    private static JsonNode toJackson(JsonObject object) {
        return toJackson(object.toString());
    }

    private static JsonNode toJackson(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
