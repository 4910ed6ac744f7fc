package io.switchboard.rag.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;

/**
 * An in-process embedding model that runs at most {@code permits} embeddings at once; further callers wait
 * their turn (first come, first served). ONNX Runtime gives each run the cores it has: with dozens of concurrent
 * runs (one per routed request under load) they slowed each other down until a request waited seconds;
 * queued, each run finishes at full speed.
 */
final class BoundedEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel model;
    private final Semaphore permits;

    BoundedEmbeddingModel(EmbeddingModel model, int permits) {
        this.model = Objects.requireNonNull(model, "model");
        this.permits = new Semaphore(Math.max(1, permits), true);
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        permits.acquireUninterruptibly();
        try {
            return model.embedAll(segments);
        } finally {
            permits.release();
        }
    }

    @Override
    public int dimension() {
        return model.dimension();
    }
}
