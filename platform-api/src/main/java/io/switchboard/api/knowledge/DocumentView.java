package io.switchboard.api.knowledge;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document of a collection; {@code duplicate} is set on upload when identical content was already there. */
@Schema(name = "Document")
public record DocumentView(String id, String collectionId, String name, String mediaType, long sizeBytes,
                           String sha256, String status, String error, int chunkCount, boolean duplicate,
                           Instant createdAt, Instant updatedAt) {
}
