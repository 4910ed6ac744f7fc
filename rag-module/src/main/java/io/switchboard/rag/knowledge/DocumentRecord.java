package io.switchboard.rag.knowledge;

import java.time.OffsetDateTime;

/** A document row without its content. */
public record DocumentRecord(String id, String collectionId, String name, String format, String mediaType,
                             long sizeBytes, String sha256, String status, String error, int chunkCount,
                             OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
