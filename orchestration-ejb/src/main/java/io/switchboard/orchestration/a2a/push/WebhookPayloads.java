package io.switchboard.orchestration.a2a.push;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.a2a.A2aV1Shapes;
import io.switchboard.api.a2a.Task;
import io.switchboard.api.a2a.TaskStatusUpdateEvent;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;

/** What a webhook receives: A2A 0.3 POSTs the task, A2A 1.0 a StreamResponse holding the status update. */
final class WebhookPayloads {

    static final String JSON = "application/json";
    static final String A2A_JSON = "application/a2a+json";
    private static final Jsonb JSONB = JsonbBuilder.create();

    private WebhookPayloads() {
    }

    static String body(String version, Task task, TaskStatusUpdateEvent update) {
        if (PushConfig.V1_0.equals(version)) {
            return Jsonp.JSON.createObjectBuilder().add("statusUpdate", A2aV1Shapes.statusUpdate(parse(JSONB.toJson(update))))
                    .build().toString();
        }
        return JSONB.toJson(task);
    }

    static String contentType(String version) {
        return PushConfig.V1_0.equals(version) ? A2A_JSON : JSON;
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = Jsonp.JSON.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
