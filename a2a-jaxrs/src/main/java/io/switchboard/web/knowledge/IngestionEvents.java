package io.switchboard.web.knowledge;

import io.switchboard.api.knowledge.IngestionProgress;
import io.switchboard.rag.ingest.IngestionJobs;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Streams a collection's ingestion progress as server-sent events named {@code progress}, one a second,
 * the last one when nothing is pending any more (or after an hour); the stream then closes.
 */
@ApplicationScoped
public class IngestionEvents {

    static final long MAX_SECONDS = 3600;

    @Inject
    IngestionJobs ingestion;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    public void stream(String collectionId, SseEventSink sink, Sse sse) {
        ingestion.progress(collectionId); // 404 before the stream starts
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_SECONDS);
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        task.set(scheduler.scheduleAtFixedRate(() -> {
            boolean last;
            try {
                IngestionProgress progress = ingestion.progress(collectionId);
                last = progress.documentsDone() == progress.documentsTotal() || System.nanoTime() > deadline;
                if (!sink.isClosed()) {
                    sink.send(sse.newEventBuilder().name("progress").mediaType(MediaType.APPLICATION_JSON_TYPE)
                            .data(IngestionProgress.class, progress).build());
                }
            } catch (RuntimeException e) {
                last = true; // the collection was deleted, or the client went away
            }
            if (last || sink.isClosed()) {
                sink.close();
                ScheduledFuture<?> self = task.get();
                if (self != null) {
                    self.cancel(false);
                }
            }
        }, 0, 1, TimeUnit.SECONDS));
    }
}
