package io.switchboard.rag.reembed;

import io.switchboard.rag.knowledge.CollectionService;
import io.switchboard.rag.knowledge.KnowledgeStore;
import io.switchboard.rag.search.CollectionIndexes;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The re-embedding's last step: embeds documents stored while the first step ran (each in its own transaction,
 * outside the collection lock), then switches the collection's model — again if documents arrived in between —
 * and builds the new model's search index before the first query needs it.
 */
@Named("embeddingSwitch")
@Dependent
public class EmbeddingSwitch extends AbstractBatchlet {

    static final int ATTEMPTS = 20;

    @Inject
    @BatchProperty
    String collectionId;

    @Inject
    CollectionService collections;

    @Inject
    KnowledgeStore store;

    @Inject
    Reembedder reembedder;

    @Inject
    CollectionIndexes indexes;

    @Override
    public String process() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var collection = collections.record(collectionId);
            if (collection.reembedTarget() == null) {
                return "CANCELLED";
            }
            for (String documentId : store.documentsMissingReembeddings(collectionId)) {
                ReembeddedDocument late = reembedder.embed(collection, documentId);
                if (late != null) {
                    reembedder.store(late);
                }
            }
            switch (reembedder.switchover(collection)) {
                case SWITCHED -> {
                    indexes.of(collectionId, collection.embeddingGeneration() + 1);
                    return "SWITCHED";
                }
                case NOT_MOVING -> {
                    return "NOT_SWITCHED";
                }
                case DOCUMENTS_MISSING -> {
                    // documents were stored or replaced since: embed them and try again
                }
            }
        }
        throw new IllegalStateException("Documents of collection " + collectionId + " keep changing: the switch to "
                + "the new embedding model did not find every chunk embedded in " + ATTEMPTS + " attempts");
    }
}
