package io.switchboard.tools.builtin;

import io.switchboard.tools.json.JsonValues;
import jakarta.json.JsonObject;

/** Reads the JSON Schemas of the built-in tools, written as text blocks next to each tool. */
final class Schemas {

    private Schemas() {
    }

    static JsonObject of(String json) {
        return JsonValues.parseObject(json);
    }
}
