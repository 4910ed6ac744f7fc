package io.switchboard.console.client;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import java.lang.reflect.Type;

/** JSON-B (Yasson) for the platform-api DTOs, as the server writes them. */
public final class JsonCodec {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));
    private static final Jsonb PRETTY = JsonbBuilder.create(new JsonbConfig().withNullValues(false).withFormatting(true));

    private JsonCodec() {
    }

    public static String write(Object value) {
        return JSONB.toJson(value);
    }

    /** Indented, for files a person may read (workflow exports). */
    public static String writePretty(Object value) {
        return PRETTY.toJson(value);
    }

    public static <T> T read(String json, Type type) {
        return JSONB.fromJson(json, type);
    }

    public static <T> T read(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }
}
