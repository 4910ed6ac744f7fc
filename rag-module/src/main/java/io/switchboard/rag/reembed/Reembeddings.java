package io.switchboard.rag.reembed;

import io.switchboard.api.knowledge.CollectionView;
import io.switchboard.api.knowledge.EmbeddingSettings;
import io.switchboard.api.knowledge.ReembeddingView;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.rag.knowledge.BatchJobs;
import io.switchboard.rag.knowledge.CollectionEmbeddings;
import io.switchboard.rag.knowledge.CollectionRecord;
import io.switchboard.rag.knowledge.CollectionService;
import io.switchboard.rag.knowledge.KnowledgeStore;
import io.switchboard.rag.knowledge.StoredEmbedding;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * {@code PUT /api/collections/{id}/embedding}: another model starts a {@code rag-reembed} job (the model is probed
 * first: one that cannot embed is refused with 400 and nothing changes); the same model with new settings (a
 * key, a timeout) is stored at once; the current model while a re-embedding runs cancels it. A failed or
 * interrupted job is restarted by {@link #resumePending()}, which the platform calls on start and periodically.
 */
@ApplicationScoped
public class Reembeddings {

    public static final String JOB = "rag-reembed";
    private static final Logger LOG = Logger.getLogger(Reembeddings.class.getName());
    private static final Set<BatchStatus> RUNNING = Set.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);
    private static final Set<BatchStatus> RESTARTABLE = Set.of(BatchStatus.FAILED, BatchStatus.STOPPED);

    @Inject
    CollectionService collections;

    @Inject
    CollectionEmbeddings embeddings;

    @Inject
    KnowledgeStore store;

    public CollectionView change(String collectionId, EmbeddingSettings settings) {
        CollectionRecord collection = collections.record(collectionId);
        StoredEmbedding pending = collection.reembedTarget();
        boolean sameAsCurrent = sameServerAndModel(settings, collection.embedding());
        if (pending != null && !sameAsCurrent && !sameServerAndModel(settings, pending)) {
            throw PlatformException.conflict("reembedding-running", "Collection '" + collection.name()
                    + "' is moving to " + pending.describe() + "; wait until it has, or PUT its current model ("
                    + collection.embedding().describe() + ") to cancel that");
        }
        if (pending != null && sameServerAndModel(settings, pending)) {
            return collections.get(collectionId); // already on its way there
        }
        StoredEmbedding target = embeddings.seal(collectionId, settings, collection.embedding());
        if (target.sameModelAs(collection.embedding())) {
            if (pending != null) {
                cancel(collection);
            }
            store.updateEmbeddingSettings(collectionId, target);
            return collections.get(collectionId);
        }
        store.setReembedTarget(collectionId, target);
        LOG.info(() -> "Collection " + collection.name() + " moves from " + collection.embedding().describe() + " to "
                + target.describe() + " (" + target.dimension() + " dimensions)");
        CollectionView moving = collections.get(collectionId); // as it is now, before a fast job may be done
        Long execution = ensureRunning(collectionId);
        ReembeddingView state = moving.reembedding();
        return moving.withReembedding(new ReembeddingView(state.target(), execution, BatchStatus.STARTING.name(),
                state.chunksDone(), state.chunksTotal()));
    }

    /**
     * Starts (or restarts, after a failure or a crash) the re-embedding job of a collection that has a target: the
     * running execution's id, null when there is no target.
     */
    public synchronized Long ensureRunning(String collectionId) {
        CollectionRecord collection = collections.record(collectionId);
        if (collection.reembedTarget() == null) {
            return null;
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution last = BatchJobs.execution(operator, collection.reembedExecutionId());
        if (last != null && RUNNING.contains(last.getBatchStatus())) {
            return last.getExecutionId();
        }
        long execution;
        if (last != null && RESTARTABLE.contains(last.getBatchStatus())) {
            execution = operator.restart(last.getExecutionId(), new Properties());
            LOG.info(() -> "Restarted the re-embedding of collection " + collectionId + " (execution "
                    + last.getExecutionId() + " had " + last.getBatchStatus() + ") as execution " + execution);
        } else {
            Properties parameters = new Properties();
            parameters.setProperty("collectionId", collectionId);
            execution = operator.start(JOB, parameters);
        }
        store.setReembedExecution(collectionId, execution);
        return execution;
    }

    /** Makes sure every collection moving to another model has a running job. */
    public void resumePending() {
        for (String collectionId : store.collectionsBeingReembedded()) {
            ensureRunning(collectionId);
        }
    }

    private void cancel(CollectionRecord collection) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution last = BatchJobs.execution(operator, collection.reembedExecutionId());
        store.setReembedTarget(collection.id(), null); // the job's writer and switch check the target: they stop
        if (last != null && RUNNING.contains(last.getBatchStatus())) {
            operator.stop(last.getExecutionId());
        }
        LOG.info(() -> "Cancelled the re-embedding of collection " + collection.name());
    }

    private static boolean sameServerAndModel(EmbeddingSettings settings, StoredEmbedding stored) {
        String model = settings.model() == null || settings.model().isBlank()
                ? io.switchboard.rag.embed.EmbeddingSpec.defaultModel(settings.provider()) : settings.model().strip();
        return settings.provider().equals(stored.provider()) && model.equals(stored.model())
                && java.util.Objects.equals(settings.baseUrl(), stored.baseUrl());
    }
}
