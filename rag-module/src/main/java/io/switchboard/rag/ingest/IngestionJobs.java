package io.switchboard.rag.ingest;

import io.switchboard.api.knowledge.IngestionProgress;
import io.switchboard.rag.knowledge.BatchJobs;
import io.switchboard.rag.knowledge.CollectionRecord;
import io.switchboard.rag.knowledge.CollectionService;
import io.switchboard.rag.knowledge.IngestionCounts;
import io.switchboard.rag.knowledge.KnowledgeStore;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One {@code rag-ingest} job per collection at a time. A collection with pending documents and no running
 * job gets one: the last execution is restarted when it failed or was stopped (a crash leaves it so), else
 * a new job starts. {@link #resumePending()} does that for every collection; the platform calls it on start
 * and then periodically, which also catches documents uploaded just as a job was finishing.
 */
@ApplicationScoped
public class IngestionJobs {

    public static final String JOB = "rag-ingest";

    @Inject
    KnowledgeStore store;

    @Inject
    CollectionService collections;

    @Inject
    IngestionMeter meter;

    public synchronized void ensureRunning(String collectionId) {
        CollectionRecord collection = collections.record(collectionId);
        long execution = BatchJobs.ensureRunning(JOB, collectionId, collection.ingestExecutionId());
        if (!java.util.Objects.equals(collection.ingestExecutionId(), execution)) {
            store.setIngestExecution(collectionId, execution);
        }
    }

    /** Makes sure every collection with pending documents has a running ingestion job. */
    public void resumePending() {
        for (String collectionId : store.collectionsWithPendingDocuments()) {
            ensureRunning(collectionId);
        }
    }

    public IngestionProgress progress(String collectionId) {
        CollectionRecord collection = collections.record(collectionId);
        IngestionCounts counts = store.counts(collectionId);
        JobExecution last = lastExecution(BatchRuntime.getJobOperator(), collection.ingestExecutionId());
        Double rate = meter.chunksPerSecond(collectionId);
        Long eta = null;
        Integer chunksTotal = null;
        int done = counts.indexed() + counts.failed();
        if (counts.pending() == 0) {
            eta = 0L;
            chunksTotal = counts.chunks();
        } else if (counts.indexed() > 0) {
            double chunksPerDocument = (double) counts.chunks() / counts.indexed();
            chunksTotal = counts.chunks() + (int) Math.round(counts.pending() * chunksPerDocument);
            if (rate != null && rate > 0) {
                eta = Math.round(counts.pending() * chunksPerDocument / rate);
            }
        }
        return new IngestionProgress(collectionId, last == null ? null : last.getExecutionId(),
                last == null ? null : last.getBatchStatus().name(), counts.total(), done, counts.failed(),
                counts.chunks(), chunksTotal, rate, eta);
    }

    private static JobExecution lastExecution(JobOperator operator, Long executionId) {
        return BatchJobs.execution(operator, executionId);
    }
}
