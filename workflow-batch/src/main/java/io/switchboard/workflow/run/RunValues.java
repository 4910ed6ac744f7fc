package io.switchboard.workflow.run;

import io.switchboard.api.json.Jsonp;
import jakarta.el.ELException;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values in a run: JSON as the database keeps it, Java objects as Jakarta EL reads them ({@code inputs.x},
 * {@code nodes.id.output}), and the evaluation of a node's templates.
 */
public final class RunValues {

    private RunValues() {
    }

    /** Evaluates a template (text with ${…}) or a JSON structure of templates, with the run's values. */
    public static Object evaluate(JsonValue template, Map<String, Object> inputs, Map<String, Object> nodes) {
        if (template instanceof JsonString s) {
            return evaluate(s.getString(), inputs, nodes);
        }
        if (template instanceof JsonObject o) {
            Map<String, Object> result = new LinkedHashMap<>();
            o.forEach((k, v) -> result.put(k, evaluate(v, inputs, nodes)));
            return result;
        }
        if (template instanceof JsonArray a) {
            List<Object> result = new ArrayList<>();
            a.forEach(v -> result.add(evaluate(v, inputs, nodes)));
            return result;
        }
        return toJava(template);
    }

    public static Object evaluate(String template, Map<String, Object> inputs, Map<String, Object> nodes) {
        if (template == null || !template.contains("{")) {
            return template;
        }
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("inputs", inputs);
        variables.put("nodes", nodes);
        if (nodes instanceof MapItems.ItemScope scope) {
            variables.put("item", scope.item);
            variables.put("index", (long) scope.index);
        }
        SafeElContext context = new SafeElContext(variables);
        try {
            if (io.switchboard.workflow.definition.Expressions.syntaxProblem(template) != null) {
                throw new IllegalArgumentException("The expression " + template + " is not allowed: "
                        + io.switchboard.workflow.definition.Expressions.syntaxProblem(template));
            }
            return io.switchboard.workflow.definition.Expressions.factory().createValueExpression(context, template,
                    Object.class).getValue(context);
        } catch (ELException | StackOverflowError e) {
            throw new IllegalArgumentException("The expression " + template + " failed: " + e.getMessage(), e);
        }
    }

    public static Object toJava(JsonValue value) {
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case NULL -> null;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> {
                JsonNumber n = (JsonNumber) value;
                yield n.isIntegral() ? (Object) n.longValue() : n.bigDecimalValue();
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                value.asJsonArray().forEach(v -> list.add(toJava(v)));
                yield list;
            }
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, toJava(v)));
                yield map;
            }
        };
    }

    @SuppressWarnings("unchecked")
    public static JsonValue toJson(Object value) {
        return switch (value) {
            case null -> JsonValue.NULL;
            case JsonValue j -> j;
            case Boolean b -> b ? JsonValue.TRUE : JsonValue.FALSE;
            case Integer i -> Jsonp.JSON.createValue(i);
            case Long l -> Jsonp.JSON.createValue(l);
            case BigDecimal d -> Jsonp.JSON.createValue(d);
            case Double d -> Jsonp.JSON.createValue(d);
            case Number n -> Jsonp.JSON.createValue(new BigDecimal(n.toString()));
            case Map<?, ?> m -> {
                JsonObjectBuilder o = Jsonp.JSON.createObjectBuilder();
                ((Map<Object, Object>) m).forEach((k, v) -> o.add(String.valueOf(k), toJson(v)));
                yield o.build();
            }
            case Collection<?> c -> {
                JsonArrayBuilder a = Jsonp.JSON.createArrayBuilder();
                c.forEach(v -> a.add(toJson(v)));
                yield a.build();
            }
            default -> Jsonp.JSON.createValue(value.toString());
        };
    }

    public static JsonValue parse(String json) {
        if (json == null) {
            return null;
        }
        try (var reader = Jsonp.JSON.createReader(new java.io.StringReader(json))) {
            return reader.readValue();
        }
    }
}
