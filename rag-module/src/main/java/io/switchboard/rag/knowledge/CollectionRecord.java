package io.switchboard.rag.knowledge;

import java.time.OffsetDateTime;

/** A collection row: its settings, without the counts of its documents and chunks (see {@link IngestionCounts}). */
public record CollectionRecord(String id, String name, String description, int chunkMaxTokens, int chunkOverlapTokens,
                               String embeddingModel, Long ingestExecutionId, OffsetDateTime createdAt,
                               OffsetDateTime updatedAt) {
}
