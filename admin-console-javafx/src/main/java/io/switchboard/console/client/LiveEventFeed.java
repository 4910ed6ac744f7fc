package io.switchboard.console.client;

import io.switchboard.api.client.EventsApi;
import io.switchboard.api.event.ExecutionEventView;
import io.switchboard.console.concurrent.BackgroundTasks;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * A live subscription to the execution log that survives a dropped connection: it reconnects after 0.5 s,
 * doubling up to 30 s, and resumes after the last event it delivered, so none is lost or repeated. Events and
 * state changes arrive on the UI thread. {@link #statusProperty()} says in words whether it is live.
 */
public final class LiveEventFeed {

    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final EventsApi api;
    private final BackgroundTasks tasks;
    private final String task;
    private final Consumer<ExecutionEventView> onEvent;
    private final Runnable onConnected;
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("not connected");

    private AutoCloseable subscription;
    private boolean running;
    private long lastId = -1;
    private long backoffMs = FIRST_BACKOFF.toMillis();

    /**
     * @param task        only this task's (or run's) events; null for all
     * @param onConnected after every (re)connection, on the UI thread: catch up on state the events do not carry
     */
    public LiveEventFeed(EventsApi api, BackgroundTasks tasks, String task, Consumer<ExecutionEventView> onEvent,
                         Runnable onConnected) {
        this.api = api;
        this.tasks = tasks;
        this.task = task;
        this.onEvent = onEvent;
        this.onConnected = onConnected;
    }

    public void start() {
        if (running) {
            return;
        }
        running = true;
        backoffMs = FIRST_BACKOFF.toMillis();
        connect();
    }

    public void stop() {
        running = false;
        closeSubscription();
        live.set(false);
        status.set("not connected");
    }

    public boolean running() {
        return running;
    }

    private void connect() {
        AutoCloseable[] mine = new AutoCloseable[1];
        mine[0] = api.subscribe(task, lastId,
                event -> tasks.onUi(() -> {
                    if (running && subscription == mine[0]) {
                        lastId = Math.max(lastId, event.id());
                        backoffMs = FIRST_BACKOFF.toMillis();
                        onEvent.accept(event);
                    }
                }),
                failure -> tasks.onUi(() -> {
                    if (running && subscription == mine[0]) {
                        dropped();
                    }
                }));
        subscription = mine[0];
        live.set(true);
        status.set("live");
        onConnected.run();
    }

    private void dropped() {
        closeSubscription();
        live.set(false);
        long wait = backoffMs;
        backoffMs = Math.min(MAX_BACKOFF.toMillis(), backoffMs * 2);
        status.set("disconnected; reconnecting in " + (wait < 1000 ? wait + " ms" : wait / 1000 + " s"));
        tasks.run(() -> {
            Thread.sleep(wait);
            return Boolean.TRUE;
        }, again -> {
            if (running && subscription == null) {
                connect();
            }
        }, failure -> status.set("disconnected"));
    }

    private void closeSubscription() {
        AutoCloseable open = subscription;
        subscription = null;
        if (open != null) {
            try {
                open.close();
            } catch (Exception ignored) {
                // the stream is gone either way
            }
        }
    }

    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
