package io.switchboard.api.knowledge;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A knowledge collection as the API shows it. */
@Schema(name = "Collection")
public record CollectionView(String id, String name, String description, int chunkMaxTokens, int chunkOverlapTokens,
                             String embeddingModel, int documentCount, int chunkCount, Instant createdAt,
                             Instant updatedAt) {
}
