package io.switchboard.api.client;

import io.switchboard.api.event.ExecutionEventView;

import java.util.function.Consumer;

/** The live execution log, {@code GET /api/events} (server-sent events). */
public interface EventsApi {

    /**
     * Streams events to {@code onEvent} from a background thread until the stream ends or fails ({@code onEnd}
     * gets the cause, or null when the server closed it) or the subscription is closed.
     *
     * @param task   only this task's (or run's) events; null for all
     * @param after  resume after this event id; negative: from now
     */
    AutoCloseable subscribe(String task, long after, Consumer<ExecutionEventView> onEvent, Consumer<Throwable> onEnd);
}
