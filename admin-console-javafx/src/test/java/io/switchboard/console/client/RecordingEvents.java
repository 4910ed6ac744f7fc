package io.switchboard.console.client;

import io.switchboard.api.client.EventsApi;
import io.switchboard.api.event.ExecutionEventView;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** An event stream the test drives: records each subscription and delivers what the test emits to the last one. */
public final class RecordingEvents implements EventsApi {

    public final List<String> subscriptions = new ArrayList<>();
    public int closed;
    private Consumer<ExecutionEventView> onEvent;
    private Consumer<Throwable> onEnd;
    private long nextId = 1;

    @Override
    public AutoCloseable subscribe(String task, long after, Consumer<ExecutionEventView> onEvent,
                                   Consumer<Throwable> onEnd) {
        subscriptions.add(task + "@" + after);
        this.onEvent = onEvent;
        this.onEnd = onEnd;
        return () -> closed++;
    }

    public void emit(String type, String task, String agent, String at, JsonObject data) {
        onEvent.accept(new ExecutionEventView(nextId++, type, task, agent, at, data == null ? JsonValue.EMPTY_JSON_OBJECT
                : data));
    }

    public void emit(String type, String task) {
        emit(type, task, null, "2026-12-02T10:00:00Z", null);
    }

    public void fail(Throwable cause) {
        onEnd.accept(cause);
    }
}
