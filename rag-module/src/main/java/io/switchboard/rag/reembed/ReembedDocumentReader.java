package io.switchboard.rag.reembed;

import io.switchboard.rag.knowledge.KnowledgeStore;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads, one at a time, an indexed document of the collection whose chunks have no new vector yet. The side
 * table of new vectors is the checkpoint: a restarted job continues with the documents still missing. A
 * document seen more than a few times (replaced again and again while the job runs) is left to the final step.
 */
@Named("reembedDocumentReader")
@Dependent
public class ReembedDocumentReader extends AbstractItemReader {

    static final int MAX_READS_PER_DOCUMENT = 3;

    @Inject
    @BatchProperty
    String collectionId;

    @Inject
    KnowledgeStore store;

    private final Map<String, Integer> reads = new HashMap<>();

    @Override
    public Object readItem() {
        var next = store.nextDocumentToReembed(collectionId);
        if (next.isEmpty() || reads.merge(next.get(), 1, Integer::sum) > MAX_READS_PER_DOCUMENT) {
            return null;
        }
        return next.get();
    }
}
