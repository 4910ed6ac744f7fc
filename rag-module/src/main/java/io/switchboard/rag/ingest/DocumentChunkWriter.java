package io.switchboard.rag.ingest;

import io.switchboard.rag.knowledge.KnowledgeStore;
import io.switchboard.rag.search.CollectionIndexes;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores each processed document's chunks (or its failure) in the chunk's transaction, and updates the
 * search index and the progress meter only once that transaction has committed.
 */
@Named("documentChunkWriter")
@Dependent
public class DocumentChunkWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(DocumentChunkWriter.class.getName());

    @Inject
    KnowledgeStore store;

    @Inject
    CollectionIndexes indexes;

    @Inject
    IngestionMeter meter;

    @Inject
    io.switchboard.core.metrics.PlatformMetrics metrics;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            IngestedDocument ingested = (IngestedDocument) item;
            var document = ingested.document();
            if (ingested.isFailed()) {
                store.markFailed(document, ingested.failure());
                afterCommit(() -> {
                    indexes.deleteDocument(document.collectionId(), document.id());
                    IngestionMetrics.document(metrics, document.collectionId(), "failed", 0);
                });
            } else if (store.replaceChunks(document, ingested.text(), ingested.chunks(),
                    ingested.embeddingGeneration())) {
                var passages = ingested.chunks().stream().map(CollectionIndexes::toPassage).toList();
                afterCommit(() -> {
                    indexes.add(document.collectionId(), ingested.embeddingGeneration(), passages);
                    meter.record(document.collectionId(), passages.size());
                    IngestionMetrics.document(metrics, document.collectionId(), "indexed", passages.size());
                });
            }
        }
    }

    private void afterCommit(Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    try {
                        action.run();
                    } catch (RuntimeException e) {
                        // the index is derived: the next consistency check rebuilds it from the database
                        LOG.log(Level.WARNING, "Search index update after ingestion failed", e);
                    }
                }
            }
        });
    }
}
