package io.switchboard.orchestration.a2a.server;

import io.switchboard.api.a2a.Task;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** A2A tasks are stored as JSON documents in their 0.3 shape. */
final class TaskDocuments {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private TaskDocuments() {
    }

    static String write(Task task) {
        return JSONB.toJson(task);
    }

    static Task read(String json) {
        return JSONB.fromJson(json, Task.class);
    }
}
