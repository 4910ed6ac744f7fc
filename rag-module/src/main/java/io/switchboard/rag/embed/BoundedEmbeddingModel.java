package io.switchboard.rag.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;

/**
 * An in-process embedding model that runs at most {@code permits} single-text embeddings (a routed request, a
 * search query) at once; further callers wait their turn (first come, first served). Each run computes on one
 * core ({@link MiniLmModel}), and dozens of concurrent runs only slowed each other down. Batches (a document's chunks) are not
 * bounded here: the model spreads them over its own executor, and a long ingestion holding a permit would
 * make queries wait behind it.
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
        if (segments.size() != 1) {
            return model.embedAll(segments);
        }
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

    @Override
    public String modelName() {
        return model.modelName();
    }

    @Override
    public dev.langchain4j.model.ModelProvider provider() {
        return model.provider();
    }
}
