package io.switchboard.web.body;

import io.switchboard.api.json.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;

/**
 * Parses a JSON-RPC body strictly: exactly one JSON value, nothing but white space after it, and nested at most
 * {@link JsonNesting#MAX_DEPTH} levels. Anything else is a {@link JsonException}, which the endpoints answer as a
 * JSON-RPC parse error (-32700).
 */
public final class StrictJson {

    private StrictJson() {
    }

    public static JsonValue parse(String text) {
        if (JsonNesting.depthOf(text) > JsonNesting.MAX_DEPTH) {
            throw new JsonException("nested deeper than " + JsonNesting.MAX_DEPTH + " levels");
        }
        try (JsonParser parser = Jsonp.JSON.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new JsonException("no JSON value");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new JsonException("more than one JSON value");
            }
            return value;
        } catch (IllegalStateException | java.util.NoSuchElementException e) {
            throw new JsonException("not JSON: " + e.getMessage(), e);
        }
    }
}
