package io.switchboard.rag.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Chunks indexed per collection over the last minute on this server, for the ingestion rate and ETA. */
@ApplicationScoped
public class IngestionMeter {

    static final long WINDOW_NANOS = 60_000_000_000L;

    private record Sample(long nanos, int chunks) {
    }

    private final Map<String, Deque<Sample>> samples = new ConcurrentHashMap<>();

    public void record(String collectionId, int chunks) {
        Deque<Sample> window = samples.computeIfAbsent(collectionId, id -> new ArrayDeque<>());
        synchronized (window) {
            window.addLast(new Sample(System.nanoTime(), chunks));
            trim(window);
        }
    }

    /** Chunks per second over the window, or null with fewer than two samples. */
    public Double chunksPerSecond(String collectionId) {
        Deque<Sample> window = samples.get(collectionId);
        if (window == null) {
            return null;
        }
        synchronized (window) {
            trim(window);
            if (window.size() < 2) {
                return null;
            }
            long span = window.getLast().nanos() - window.getFirst().nanos();
            int chunks = window.stream().skip(1).mapToInt(Sample::chunks).sum();
            return span <= 0 ? null : chunks / (span / 1e9);
        }
    }

    private static void trim(Deque<Sample> window) {
        long oldest = System.nanoTime() - WINDOW_NANOS;
        while (window.size() > 2 && window.getFirst().nanos() < oldest) {
            window.removeFirst();
        }
    }
}
