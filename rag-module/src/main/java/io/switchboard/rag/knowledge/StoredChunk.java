package io.switchboard.rag.knowledge;

/** A chunk as the database keeps it; the embedding is the model's vector. */
public record StoredChunk(String documentId, String documentName, int chunkIndex, int start, int end, String text,
                          String context, float[] embedding) {
}
