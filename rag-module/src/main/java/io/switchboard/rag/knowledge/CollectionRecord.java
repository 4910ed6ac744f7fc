package io.switchboard.rag.knowledge;

import java.time.OffsetDateTime;

/**
 * A collection row: its settings, without the counts of its documents and chunks (see {@link IngestionCounts}).
 * {@code embedding} is the model its chunks are embedded with; {@code embeddingGeneration} counts the model
 * changes (each has its own search index); {@code reembedTarget} is the model a running re-embedding moves to.
 */
public record CollectionRecord(String id, String name, String description, int chunkMaxTokens, int chunkOverlapTokens,
                               String embeddingModel, Long ingestExecutionId, OffsetDateTime createdAt,
                               OffsetDateTime updatedAt, StoredEmbedding embedding, int embeddingGeneration,
                               StoredEmbedding reembedTarget, Long reembedExecutionId) {

    public CollectionRecord {
        if (embedding == null) {
            embedding = StoredEmbedding.IN_PROCESS;
        }
    }
}
