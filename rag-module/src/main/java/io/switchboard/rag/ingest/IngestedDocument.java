package io.switchboard.rag.ingest;

import io.switchboard.rag.knowledge.PendingDocument;
import io.switchboard.rag.knowledge.StoredChunk;
import java.util.List;

/**
 * What the processor made of a pending document: its text and chunks embedded with the model of the collection's
 * {@code embeddingGeneration}, or the reason it failed.
 */
public record IngestedDocument(PendingDocument document, String text, List<StoredChunk> chunks, String failure,
                               int embeddingGeneration) {

    public static IngestedDocument failed(PendingDocument document, String reason) {
        return new IngestedDocument(document, null, List.of(), reason, 0);
    }

    public boolean isFailed() {
        return failure != null;
    }
}
