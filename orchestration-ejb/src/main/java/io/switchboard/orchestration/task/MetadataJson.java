package io.switchboard.orchestration.task;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;

/** Task metadata is stored as a JSON object text column. */
final class MetadataJson {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type MAP_TYPE = new HashMap<String, Object>() { }.getClass().getGenericSuperclass();

    private MetadataJson() {
    }

    static String write(Map<String, Object> metadata) {
        return metadata == null || metadata.isEmpty() ? null : JSONB.toJson(metadata);
    }

    static Map<String, Object> read(String json) {
        return json == null || json.isBlank() ? Map.of() : JSONB.fromJson(json, MAP_TYPE);
    }
}
