package io.switchboard.rag.reembed;

import io.switchboard.rag.knowledge.KnowledgeStore;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Reads, one at a time and in id order, the indexed documents of the collection whose chunks have no new vector
 * yet. The last id read is the checkpoint, and the side table of new vectors tells what is done, so a restarted
 * job continues where it stopped; a document whose vectors could not be stored (it changed meanwhile) is passed
 * and left to the final step, which embeds whatever is still missing.
 */
@Named("reembedDocumentReader")
@Dependent
public class ReembedDocumentReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String collectionId;

    @Inject
    KnowledgeStore store;

    private String lastId = "";

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint instanceof String id ? id : "";
    }

    @Override
    public Object readItem() {
        var next = store.nextDocumentToReembed(collectionId, lastId);
        next.ifPresent(id -> lastId = id);
        return next.orElse(null);
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
