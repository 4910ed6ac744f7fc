package io.switchboard.rag.ingest;

import io.switchboard.rag.knowledge.KnowledgeStore;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Reads the collection's oldest pending document, again and again, until none is left. A document stops
 * being pending in the same transaction that stores its chunks, so the checkpoint is the database itself:
 * a restarted job simply continues with whatever is still pending.
 */
@Named("pendingDocumentReader")
@Dependent
public class PendingDocumentReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String collectionId;

    @Inject
    KnowledgeStore store;

    private int read;

    @Override
    public void open(Serializable checkpoint) {
        read = checkpoint instanceof Integer count ? count : 0;
    }

    @Override
    public Object readItem() {
        var next = store.nextPending(collectionId);
        next.ifPresent(document -> read++);
        return next.orElse(null);
    }

    /** Documents read by this job so far (informational: progress comes from the database). */
    @Override
    public Serializable checkpointInfo() {
        return read;
    }
}
