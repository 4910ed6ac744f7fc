package io.switchboard.rag.ingest;

import io.switchboard.core.metrics.PlatformMetrics;
import java.util.Map;

/** Ingestion on {@code /metrics}: documents by outcome and chunks indexed, per collection (rate = chunks/s). */
final class IngestionMetrics {

    static final String DOCUMENTS = "switchboard.ingestion.documents";
    static final String CHUNKS = "switchboard.ingestion.chunks";

    private IngestionMetrics() {
    }

    /** One document ingested (committed): its outcome ({@code indexed}, {@code failed}) and its chunks. */
    static void document(PlatformMetrics metrics, String collectionId, String outcome, int chunks) {
        if (metrics == null) {
            return;
        }
        metrics.count(DOCUMENTS, "Documents ingested, by collection and outcome (indexed, failed)", 1,
                Map.of("collection", collectionId, "outcome", outcome));
        metrics.count(CHUNKS, "Chunks embedded and indexed, by collection", chunks, Map.of("collection", collectionId));
    }
}
