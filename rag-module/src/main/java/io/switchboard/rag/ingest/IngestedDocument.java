package io.switchboard.rag.ingest;

import io.switchboard.rag.knowledge.PendingDocument;
import io.switchboard.rag.knowledge.StoredChunk;
import java.util.List;

/** What the processor made of a pending document: its text and embedded chunks, or the reason it failed. */
public record IngestedDocument(PendingDocument document, String text, List<StoredChunk> chunks, String failure) {

    public static IngestedDocument failed(PendingDocument document, String reason) {
        return new IngestedDocument(document, null, List.of(), reason);
    }

    public boolean isFailed() {
        return failure != null;
    }
}
