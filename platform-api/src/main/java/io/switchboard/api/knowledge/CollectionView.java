package io.switchboard.api.knowledge;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A knowledge collection as the API shows it. */
@Schema(name = "Collection")
public record CollectionView(String id, String name, String description, int chunkMaxTokens, int chunkOverlapTokens,
                             @Schema(description = "The embedding model's name, e.g. all-minilm-l6-v2")
                             String embeddingModel, int documentCount, int chunkCount, Instant createdAt,
                             Instant updatedAt,
                             EmbeddingSettingsView embedding,
                             @Schema(description = "A change of embedding model in progress; null when none is")
                             ReembeddingView reembedding) {

    public CollectionView withReembedding(ReembeddingView state) {
        return new CollectionView(id, name, description, chunkMaxTokens, chunkOverlapTokens, embeddingModel,
                documentCount, chunkCount, createdAt, updatedAt, embedding, state);
    }
}
