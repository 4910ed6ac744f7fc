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
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    CollectionService collections;

    @Inject
    CollectionEmbeddings embeddings;

    @Inject
    KnowledgeStore store;

    public CollectionView change(String collectionId, EmbeddingSettings settings) {
        CollectionRecord collection = collections.record(collectionId);
        StoredEmbedding pending = collection.reembedTarget();
        int generation = collection.embeddingGeneration();
        if (pending != null && !sameServerAndModel(settings, collection.embedding())
                && !sameServerAndModel(settings, pending)) {
            throw PlatformException.conflict("reembedding-running", "Collection '" + collection.name()
                    + "' is moving to " + pending.describe() + "; wait until it has, or PUT its current model ("
                    + collection.embedding().describe() + ") to cancel that");
        }
        if (pending != null && sameServerAndModel(settings, pending)) {
            // already on its way there: new settings (a key, a timeout) apply to the rest of the job
            StoredEmbedding target = embeddings.seal(collectionId, settings, pending);
            changed(store.updateReembedTarget(collectionId, generation, target), collection);
            return collections.get(collectionId);
        }
        StoredEmbedding target = embeddings.seal(collectionId, settings, collection.embedding());
        if (target.sameModelAs(collection.embedding())) {
            if (pending != null) {
                cancel(collection);
            }
            changed(store.updateEmbeddingSettings(collectionId, generation, target), collection);
            return collections.get(collectionId);
        }
        changed(store.startReembedding(collectionId, generation, target), collection);
        LOG.info(() -> "Collection " + collection.name() + " moves from " + collection.embedding().describe() + " to "
                + target.describe() + " (" + target.dimension() + " dimensions)");
        CollectionView moving = collections.get(collectionId); // as it is now, before a fast job may be done
        Long execution = ensureRunning(collectionId);
        ReembeddingView state = moving.reembedding();
        return moving.withReembedding(new ReembeddingView(state.target(), execution, BatchStatus.STARTING.name(),
                state.chunksDone(), state.chunksTotal()));
    }

    /** A guarded update that found the collection changed (switched, or another change came first): 409. */
    private static void changed(boolean updated, CollectionRecord collection) {
        if (!updated) {
            throw PlatformException.conflict("collection-changed", "Collection '" + collection.name() + "' changed its "
                    + "embedding model while this request ran; read it again and repeat the change if still needed");
        }
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
        long execution = BatchJobs.ensureRunning(JOB, collectionId, collection.reembedExecutionId());
        if (!java.util.Objects.equals(collection.reembedExecutionId(), execution)) {
            store.setReembedExecution(collectionId, execution);
        }
        return execution;
    }

    /** Makes sure every collection moving to another model has a running job. */
    public void resumePending() {
        for (String collectionId : store.collectionsBeingReembedded()) {
            ensureRunning(collectionId);
        }
    }

    private void cancel(CollectionRecord collection) {
        changed(store.cancelReembedding(collection.id(), collection.embeddingGeneration()), collection);
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution last = BatchJobs.execution(operator, collection.reembedExecutionId());
        if (BatchJobs.running(last)) {
            try {
                operator.stop(last.getExecutionId()); // its writer and switch check the target: they stop anyway
            } catch (JobExecutionNotRunningException e) {
                // it ended meanwhile
            }
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
