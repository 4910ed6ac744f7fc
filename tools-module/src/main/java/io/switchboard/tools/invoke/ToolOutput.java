package io.switchboard.tools.invoke;

import io.switchboard.tools.json.JsonValues;
import jakarta.json.JsonValue;
import java.util.Objects;

/** What a tool returned: a structured value, and the text a model or an MCP client reads. */
public record ToolOutput(JsonValue value, String text) {

    public ToolOutput {
        Objects.requireNonNull(value, "value");
        text = text == null ? JsonValues.text(value) : text;
    }

    public static ToolOutput of(JsonValue value) {
        return new ToolOutput(value, null);
    }
}
