package io.switchboard.web.event;

import io.switchboard.api.event.ExecutionEventView;
import io.switchboard.core.event.EventFilter;
import io.switchboard.orchestration.event.ExecutionEvents;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tails the execution log to one SSE client: every half second the settled events after the last one sent
 * (each with its id, so a client that reconnects with {@code Last-Event-ID} continues where it stopped), a
 * keep-alive comment every 15 seconds, and the stream closes after {@code switchboard.events.max-stream-duration}
 * (the client reconnects). Reading the database rather than in-memory listeners is what makes a reconnect lose
 * nothing, and what shows events of every server sharing the database.
 */
@ApplicationScoped
public class EventStream {

    static final int BATCH = 200;
    static final long KEEP_ALIVE_MS = 15_000;

    @Inject
    ExecutionEvents events;

    @Inject
    @ConfigProperty(name = "switchboard.events.max-stream-duration", defaultValue = "PT1H")
    Duration maxDuration;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    public void stream(long afterId, EventFilter filter, SseEventSink sink, Sse sse) {
        long deadline = System.nanoTime() + maxDuration.toNanos();
        AtomicLong last = new AtomicLong(afterId);
        AtomicLong lastSentAt = new AtomicLong(System.nanoTime());
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        // a comment first, so the client sees the stream open at once
        sink.send(sse.newEventBuilder().comment("execution events after " + afterId).build());
        task.set(scheduler.scheduleWithFixedDelay(() -> {
            boolean stop = sink.isClosed() || System.nanoTime() > deadline;
            try {
                while (!stop) {
                    List<ExecutionEventView> batch = events.after(last.get(), filter, BATCH);
                    for (ExecutionEventView event : batch) {
                        sink.send(sse.newEventBuilder().id(Long.toString(event.id())).name(event.type())
                                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(ExecutionEventView.class, event).build())
                                .toCompletableFuture().join();
                        last.set(event.id());
                        lastSentAt.set(System.nanoTime());
                    }
                    if (batch.size() < BATCH) {
                        break;
                    }
                }
                if (!stop && System.nanoTime() - lastSentAt.get() > TimeUnit.MILLISECONDS.toNanos(KEEP_ALIVE_MS)) {
                    sink.send(sse.newEventBuilder().comment("keep-alive").build()).toCompletableFuture().join();
                    lastSentAt.set(System.nanoTime());
                }
            } catch (RuntimeException e) {
                stop = true; // the client went away
            }
            if (stop || sink.isClosed()) {
                sink.close();
                ScheduledFuture<?> self = task.get();
                if (self != null) {
                    self.cancel(false);
                }
            }
        }, 0, 500, TimeUnit.MILLISECONDS));
    }
}
