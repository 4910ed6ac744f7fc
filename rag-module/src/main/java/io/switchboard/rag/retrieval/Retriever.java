package io.switchboard.rag.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.switchboard.rag.index.PassageHit;
import io.switchboard.rag.index.PassageIndex;
import java.util.List;

/** Answers a query with the best passages of one index, in the chosen mode. */
public final class Retriever {

    /** How deep each ranking goes before hybrid fusion. */
    public static final int FUSION_DEPTH = 100;

    private final PassageIndex index;
    private final EmbeddingModel embeddings;

    public Retriever(PassageIndex index, EmbeddingModel embeddings) {
        this.index = index;
        this.embeddings = embeddings;
    }

    public List<PassageHit> search(String query, int k, SearchMode mode) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("the query is empty");
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, not " + k);
        }
        return switch (mode) {
            case KEYWORD -> index.keyword(query, k);
            case VECTOR -> index.vector(embed(query), k);
            case HYBRID -> {
                yield index.hybrid(query, embed(query), k, Math.max(k, FUSION_DEPTH));
            }
        };
    }

    private float[] embed(String query) {
        try {
            return embeddings.embed(query).content().vector();
        } catch (RuntimeException e) {
            throw new EmbeddingUnavailableException(e);
        }
    }
}
