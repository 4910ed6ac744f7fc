package io.switchboard.orchestration.a2a.client;

import io.switchboard.api.a2a.Artifact;
import io.switchboard.api.a2a.Message;
import io.switchboard.api.a2a.Part;
import io.switchboard.api.a2a.Task;
import io.switchboard.api.a2a.TaskArtifactUpdateEvent;
import io.switchboard.api.a2a.TaskState;
import io.switchboard.api.a2a.TaskStatus;
import io.switchboard.api.a2a.TaskStatusUpdateEvent;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Follows one A2A stream: passes each event on and keeps what the outcome needs (state, artifacts, errors). */
final class StreamOutcome {

    private final Map<String, List<Part>> artifacts = new LinkedHashMap<>();
    private String taskId;
    private TaskStatus status;
    private String directAnswer;
    private String error;
    private boolean started;

    boolean started() {
        return started;
    }

    String taskId() {
        return taskId;
    }

    /** Takes one JSON-RPC response of the stream; true when it was the last one. */
    boolean accept(A2aTarget target, JsonObject response, Consumer<Object> listener) {
        started = true;
        JsonValue errorValue = response.get("error");
        if (errorValue != null && errorValue.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject e = errorValue.asJsonObject();
            error = "The agent answered with JSON-RPC error " + e.getInt("code", 0) + ": " + e.getString("message", "");
            return true;
        }
        JsonValue result = response.get("result");
        if (result == null || result.getValueType() != JsonValue.ValueType.OBJECT) {
            return false;
        }
        Object event = A2aWire.event(target, result.asJsonObject());
        if (event == null) {
            return false;
        }
        listener.accept(event);
        if (event instanceof Task task) {
            taskId = task.id();
            status = task.status();
            if (task.artifacts() != null) {
                task.artifacts().forEach(a -> artifacts.put(a.artifactId(), new ArrayList<>(a.parts())));
            }
            return TaskState.isTerminal(status) || TaskState.isInterrupted(status);
        }
        if (event instanceof Message message) {
            directAnswer = message.joinedText();
            return true;
        }
        if (event instanceof TaskArtifactUpdateEvent update) {
            Artifact artifact = update.artifact();
            List<Part> parts = artifacts.computeIfAbsent(artifact.artifactId(), id -> new ArrayList<>());
            if (!Boolean.TRUE.equals(update.append())) {
                parts.clear();
            }
            parts.addAll(artifact.parts());
            return false;
        }
        if (event instanceof TaskStatusUpdateEvent update) {
            taskId = update.taskId();
            status = update.status();
            return update.last() || TaskState.isTerminal(status);
        }
        return false;
    }

    A2aCallResult result(A2aTarget target) {
        if (error != null) {
            return A2aCallResult.failed(error, taskId);
        }
        if (directAnswer != null) {
            return A2aCallResult.completed(directAnswer, null);
        }
        if (status == null) {
            return A2aCallResult.failed("The stream from agent " + target.name() + " ended without a task", null);
        }
        String text = artifacts.values().stream().flatMap(List::stream).filter(Part::holdsText).map(Part::text)
                .collect(Collectors.joining(""));
        String note = status.message() == null ? "" : status.message().joinedText();
        if (TaskState.COMPLETED.equals(status.state())) {
            return A2aCallResult.completed(text.isEmpty() ? note : text, taskId);
        }
        return A2aCallResult.failed("The agent's task ended in state '" + status.state() + "'"
                + (note.isEmpty() ? "" : ": " + note), taskId);
    }
}
