package io.switchboard.orchestration.a2a.client;

import io.switchboard.api.a2a.Message;
import io.switchboard.api.a2a.Task;
import io.switchboard.api.a2a.TaskState;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/** Reads a JSON-RPC response to {@code message/send}: an error, a Task or a Message. */
final class A2aResponses {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private A2aResponses() {
    }

    static A2aCallResult read(JsonObject response) {
        JsonValue error = response.get("error");
        if (error != null && error.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject e = error.asJsonObject();
            return A2aCallResult.failed("The agent answered with JSON-RPC error " + e.getInt("code", 0) + ": "
                    + e.getString("message", "(no message)"), null);
        }
        JsonValue result = response.get("result");
        if (result == null || result.getValueType() != JsonValue.ValueType.OBJECT) {
            return A2aCallResult.failed("The agent's JSON-RPC response has neither a result object nor an error", null);
        }
        JsonObject body = result.asJsonObject();
        try {
            return switch (body.getString("kind", "")) {
                case Task.KIND -> fromTask(JSONB.fromJson(body.toString(), Task.class));
                case Message.KIND -> A2aCallResult.completed(JSONB.fromJson(body.toString(), Message.class).joinedText(),
                        null);
                default -> A2aCallResult.failed("The agent's result has an unknown kind '"
                        + body.getString("kind", "") + "'", null);
            };
        } catch (JsonbException e) {
            return A2aCallResult.failed("The agent's result is not a valid A2A task or message: " + e.getMessage(), null);
        }
    }

    private static A2aCallResult fromTask(Task task) {
        String state = task.status() == null ? TaskState.UNKNOWN : task.status().state();
        String statusText = task.status() == null || task.status().message() == null ? ""
                : task.status().message().joinedText();
        if (TaskState.COMPLETED.equals(state)) {
            String artifacts = task.artifactText();
            return A2aCallResult.completed(artifacts.isEmpty() ? statusText : artifacts, task.id());
        }
        String reason = statusText.isEmpty() ? "" : ": " + statusText;
        return A2aCallResult.failed("The agent's task ended in state '" + state + "'" + reason, task.id());
    }
}
