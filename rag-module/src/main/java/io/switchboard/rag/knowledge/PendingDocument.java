package io.switchboard.rag.knowledge;

/** A document waiting for ingestion, with its original bytes. */
public record PendingDocument(String id, String collectionId, String name, String format, String sha256, byte[] content) {
}
