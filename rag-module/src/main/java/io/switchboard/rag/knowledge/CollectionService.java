package io.switchboard.rag.knowledge;

import io.switchboard.api.knowledge.CollectionView;
import io.switchboard.api.knowledge.CreateCollectionRequest;
import io.switchboard.api.knowledge.ReembeddingView;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.rag.chunk.ChunkingPolicy;
import io.switchboard.rag.search.CollectionIndexes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Creating, listing and deleting knowledge collections. */
@ApplicationScoped
public class CollectionService {

    @Inject
    KnowledgeStore store;

    @Inject
    CollectionIndexes indexes;

    @Inject
    CollectionEmbeddings embeddings;

    @Transactional
    public CollectionView create(CreateCollectionRequest request) {
        String name = request.name().strip();
        if (store.collectionByName(name).isPresent()) {
            throw PlatformException.conflict("collection-exists", "A collection named '" + name + "' exists");
        }
        int maxTokens = request.chunkMaxTokens() == null ? ChunkingPolicy.MINILM.maxTokens() : request.chunkMaxTokens();
        int overlap = request.chunkOverlapTokens() == null ? ChunkingPolicy.MINILM.overlapTokens()
                : request.chunkOverlapTokens();
        try {
            new ChunkingPolicy(maxTokens, overlap);
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("invalid-chunking", e.getMessage());
        }
        OffsetDateTime now = KnowledgeStore.now();
        String id = UUID.randomUUID().toString();
        StoredEmbedding embedding = embeddings.seal(id, request.embedding(), null);
        CollectionRecord record = new CollectionRecord(id, name, request.description(), maxTokens, overlap,
                embedding.model(), null, now, now, embedding, 0, null, null);
        store.insertCollection(record);
        return view(record, new IngestionCounts(0, 0, 0, 0), null);
    }

    public List<CollectionView> list() {
        return store.collections().stream().map(this::view).toList();
    }

    /** The collection with its document and chunk counts. */
    public CollectionView get(String id) {
        return view(record(id));
    }

    private CollectionView view(CollectionRecord c) {
        ReembeddingView reembedding = null;
        if (c.reembedTarget() != null) {
            int[] progress = store.reembedProgress(c.id());
            reembedding = new ReembeddingView(c.reembedTarget().view(), c.reembedExecutionId(),
                    BatchJobs.status(c.reembedExecutionId()), progress[0], progress[1]);
        }
        return view(c, store.counts(c.id()), reembedding);
    }

    /** The collection's settings (no counting), or 404. */
    public CollectionRecord record(String id) {
        return store.collection(id).orElseThrow(() -> PlatformException.notFound("collection-not-found",
                "No collection with id '" + id + "'"));
    }

    /** Deletes the collection with its documents, chunks and search index. */
    public void delete(String id) {
        if (!store.deleteCollection(id)) {
            throw PlatformException.notFound("collection-not-found", "No collection with id '" + id + "'");
        }
        indexes.drop(id);
    }

    static CollectionView view(CollectionRecord c, IngestionCounts counts, ReembeddingView reembedding) {
        return new CollectionView(c.id(), c.name(), c.description(), c.chunkMaxTokens(), c.chunkOverlapTokens(),
                c.embedding().model(), counts.total(), counts.chunks(), c.createdAt().toInstant(),
                c.updatedAt().toInstant(), c.embedding().view(), reembedding);
    }
}
