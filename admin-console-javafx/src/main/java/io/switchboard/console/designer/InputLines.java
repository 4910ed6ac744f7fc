package io.switchboard.console.designer;

import io.switchboard.api.workflow.WorkflowInput;
import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A workflow's inputs as lines a person writes in the designer, one input per line:
 * {@code name[?][: type][ = default][ -- description]}. A {@code ?} marks an optional input; the type is string
 * (the default), number, boolean, object or array; the default is JSON (a string input's default is its text).
 */
public final class InputLines {

    /** The inputs, or the problems (by line) that keep the text from being inputs. */
    public record Parsed(List<WorkflowInput> inputs, List<String> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    static final Set<String> TYPES = Set.of("string", "number", "boolean", "object", "array");
    private static final Pattern LINE = Pattern.compile(
            "\\s*([A-Za-z_][A-Za-z0-9_]*)(\\?)?\\s*(?::\\s*([A-Za-z]+))?\\s*(?:=\\s*(.*?))?\\s*(?:--\\s*(.*?))?\\s*");

    private InputLines() {
    }

    public static String format(List<WorkflowInput> inputs) {
        StringBuilder text = new StringBuilder();
        for (WorkflowInput input : inputs) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(input.name()).append(Boolean.FALSE.equals(input.required()) ? "?" : "").append(": ")
                    .append(input.type() == null ? "string" : input.type());
            if (input.defaultValue() != null) {
                text.append(" = ").append(input.defaultValue() instanceof JsonString s ? s.getString()
                        : input.defaultValue().toString());
            }
            if (input.description() != null && !input.description().isBlank()) {
                text.append(" -- ").append(input.description());
            }
        }
        return text.toString();
    }

    public static Parsed parse(String text) {
        List<WorkflowInput> inputs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String where = "input line " + (i + 1) + ": ";
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                problems.add(where + "write name: type = default -- description (e.g. question: string)");
                continue;
            }
            String name = m.group(1);
            String type = m.group(3) == null ? "string" : m.group(3).toLowerCase(java.util.Locale.ROOT);
            if (!TYPES.contains(type)) {
                problems.add(where + "the type is string, number, boolean, object or array, not " + m.group(3));
                continue;
            }
            if (!names.add(name)) {
                problems.add(where + name + " is declared twice");
                continue;
            }
            JsonValue defaultValue = null;
            if (m.group(4) != null && !m.group(4).isEmpty()) {
                defaultValue = defaultOf(type, m.group(4));
                if (defaultValue == null) {
                    problems.add(where + "the default of " + name + " is not a " + type);
                    continue;
                }
            }
            inputs.add(new WorkflowInput(name, type, m.group(2) == null ? null : Boolean.FALSE,
                    m.group(5) == null || m.group(5).isEmpty() ? null : m.group(5), defaultValue));
        }
        return new Parsed(List.copyOf(inputs), List.copyOf(problems));
    }

    private static JsonValue defaultOf(String type, String text) {
        if ("string".equals(type)) {
            String t = text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                    ? text.substring(1, text.length() - 1) : text;
            return Json.createValue(t);
        }
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonParsingException | IllegalStateException e) {
            return null;
        }
        boolean fits = switch (type) {
            case "number" -> value.getValueType() == JsonValue.ValueType.NUMBER;
            case "boolean" -> value == JsonValue.TRUE || value == JsonValue.FALSE;
            case "object" -> value.getValueType() == JsonValue.ValueType.OBJECT;
            case "array" -> value.getValueType() == JsonValue.ValueType.ARRAY;
            default -> false;
        };
        return fits ? value : null;
    }
}
