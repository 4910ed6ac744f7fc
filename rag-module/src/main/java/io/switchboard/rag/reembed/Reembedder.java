package io.switchboard.rag.reembed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import io.switchboard.rag.embed.EmbeddingModels;
import io.switchboard.rag.knowledge.CollectionEmbeddings;
import io.switchboard.rag.knowledge.CollectionRecord;
import io.switchboard.rag.knowledge.KnowledgeStore;
import io.switchboard.rag.knowledge.StoredEmbedding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The rules of a re-embedding: new vectors are stored only while the collection still moves to the model that
 * made them and the document's chunks are still the ones embedded; the switch happens once every chunk has its
 * new vector, in one transaction holding the collection row lock that ingestion also takes, so no document is
 * ever stored with vectors of the wrong model.
 */
@ApplicationScoped
public class Reembedder {

    private static final Logger LOG = Logger.getLogger(Reembedder.class.getName());

    @Inject
    KnowledgeStore store;

    @Inject
    CollectionEmbeddings embeddings;

    /** The document's chunks embedded with the collection's target model; null when it has no chunks now. */
    public ReembeddedDocument embed(CollectionRecord collection, String documentId) {
        StoredEmbedding target = Objects.requireNonNull(collection.reembedTarget(), "no re-embedding target");
        List<String> texts = store.embeddedTexts(documentId);
        if (texts.isEmpty()) {
            return null;
        }
        List<float[]> vectors = EmbeddingModels.of(embeddings.spec(collection.id(), target))
                .embedAll(texts.stream().map(TextSegment::from).toList()).content().stream().map(Embedding::vector)
                .toList();
        if (vectors.size() != texts.size()) {
            throw new IllegalStateException(target.describe() + " returned " + vectors.size() + " vectors for "
                    + texts.size() + " chunks");
        }
        for (float[] vector : vectors) {
            if (target.dimension() != null && vector.length != target.dimension()) {
                throw new IllegalStateException(target.describe() + " returned a vector of " + vector.length
                        + " dimensions, not the " + target.dimension() + " it had when probed");
            }
        }
        return new ReembeddedDocument(collection.id(), documentId, target, texts, vectors);
    }

    /** Stores a document's new vectors, unless the target or the document changed since they were made. */
    @Transactional
    public boolean store(ReembeddedDocument document) {
        if (!lockedTarget(document.collectionId()).map(document.target()::equals).orElse(false)
                || !store.embeddedTexts(document.documentId()).equals(document.texts())) {
            return false;
        }
        store.insertReembeddings(document.collectionId(), document.documentId(), document.vectors());
        return true;
    }

    /**
     * Switches the collection to its target model, if it is still moving to that target from its generation and
     * every chunk has its new vector (no model is called while the lock is held: documents stored meanwhile are
     * embedded first, see {@link EmbeddingSwitch}): then every chunk takes its new vector and the collection its
     * new model and generation.
     */
    @Transactional
    public Switch switchover(CollectionRecord collection) {
        StoredEmbedding target = collection.reembedTarget();
        if (target == null || !store.lockGeneration(collection.id(), collection.embeddingGeneration())
                || !lockedTarget(collection.id()).map(target::equals).orElse(false)) {
            return Switch.NOT_MOVING;
        }
        if (!store.documentsMissingReembeddings(collection.id()).isEmpty()) {
            return Switch.DOCUMENTS_MISSING;
        }
        int copied = store.copyReembeddings(collection.id());
        store.completeReembedding(collection.id(), target);
        LOG.info(() -> "Collection " + collection.name() + " now embeds with " + target.describe() + ": " + copied
                + " chunks re-embedded (generation " + (collection.embeddingGeneration() + 1) + ")");
        return Switch.SWITCHED;
    }

    /** What {@link #switchover} did. */
    public enum Switch { SWITCHED, DOCUMENTS_MISSING, NOT_MOVING }

    /** The collection's re-embedding target, read after locking its row (in the caller's transaction). */
    private Optional<StoredEmbedding> lockedTarget(String collectionId) {
        return store.lockCollection(collectionId) ? store.collection(collectionId).map(CollectionRecord::reembedTarget)
                : Optional.empty();
    }
}
