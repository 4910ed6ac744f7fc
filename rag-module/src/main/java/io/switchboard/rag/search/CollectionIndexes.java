package io.switchboard.rag.search;

import io.switchboard.rag.index.LucenePassageIndex;
import io.switchboard.rag.index.Passage;
import io.switchboard.rag.index.PassageIndex;
import io.switchboard.rag.knowledge.KnowledgeStore;
import io.switchboard.rag.knowledge.StoredChunk;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The search index of each collection, under {@code <data dir>/index/<collection id>}. The database is the
 * truth: an index whose passage count differs from the collection's chunk count in two checks a few
 * seconds apart (so that an ingestion between its commit and its index update is not mistaken for it) is
 * rebuilt from the stored chunks and embeddings, without embedding anything again.
 */
@ApplicationScoped
public class CollectionIndexes {

    private static final Logger LOG = Logger.getLogger(CollectionIndexes.class.getName());
    private static final int REBUILD_BATCH = 500;

    @Inject
    @ConfigProperty(name = "switchboard.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "switchboard.rag.index.check-interval", defaultValue = "PT5S")
    Duration checkInterval;

    @Inject
    KnowledgeStore store;

    private final Map<String, LucenePassageIndex> open = new ConcurrentHashMap<>();
    private final Map<String, Long> nextCheck = new ConcurrentHashMap<>();
    private final Map<String, Long> mismatchSince = new ConcurrentHashMap<>();

    /** The collection's index, checked against the database (at most once per check interval). */
    public PassageIndex of(String collectionId) {
        LucenePassageIndex index = open.computeIfAbsent(collectionId, this::openOrRebuild);
        long now = System.nanoTime();
        if (now >= nextCheck.getOrDefault(collectionId, 0L)) {
            nextCheck.put(collectionId, now + checkInterval.toNanos());
            verify(collectionId, index, now);
        }
        return index;
    }

    public void add(String collectionId, List<Passage> passages) {
        PassageIndex index = open.computeIfAbsent(collectionId, this::openOrRebuild);
        index.add(passages);
        index.commit();
    }

    public void deleteDocument(String collectionId, String documentId) {
        LucenePassageIndex index = open.get(collectionId);
        if (index != null) {
            index.deleteDocument(documentId);
            index.commit();
        }
    }

    /** Closes and deletes a collection's index. */
    public void drop(String collectionId) {
        LucenePassageIndex index = open.remove(collectionId);
        if (index != null) {
            index.close();
        }
        deleteRecursively(directoryOf(collectionId));
    }

    @PreDestroy
    void closeAll() {
        open.values().forEach(LucenePassageIndex::close);
        open.clear();
    }

    private LucenePassageIndex openOrRebuild(String collectionId) {
        LucenePassageIndex index = LucenePassageIndex.open(directoryOf(collectionId));
        if (index.size() != store.counts(collectionId).chunks()) {
            rebuild(collectionId, index);
        }
        return index;
    }

    private void verify(String collectionId, LucenePassageIndex index, long now) {
        if (index.size() == store.counts(collectionId).chunks()) {
            mismatchSince.remove(collectionId);
            return;
        }
        Long since = mismatchSince.putIfAbsent(collectionId, now);
        if (since != null && now - since >= checkInterval.toNanos()) {
            rebuild(collectionId, index);
            mismatchSince.remove(collectionId);
        }
    }

    private synchronized void rebuild(String collectionId, PassageIndex index) {
        long started = System.nanoTime();
        index.clear();
        List<Passage> batch = new ArrayList<>(REBUILD_BATCH);
        int[] count = {0};
        store.forEachChunk(collectionId, chunk -> {
            batch.add(toPassage(chunk));
            count[0]++;
            if (batch.size() == REBUILD_BATCH) {
                index.add(List.copyOf(batch));
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            index.add(batch);
        }
        index.commit();
        LOG.info(() -> "Rebuilt the search index of collection " + collectionId + " from the database: " + count[0]
                + " passages in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
    }

    public static Passage toPassage(StoredChunk chunk) {
        String searchable = chunk.context().isEmpty() ? chunk.text() : chunk.context() + "\n" + chunk.text();
        return new Passage(chunk.documentId(), chunk.documentName(), chunk.chunkIndex(), chunk.start(), chunk.end(),
                chunk.text(), searchable, chunk.embedding());
    }

    private Path directoryOf(String collectionId) {
        if (!collectionId.matches("[0-9a-fA-F-]{36}")) {
            throw new IllegalArgumentException("not a collection id: " + collectionId);
        }
        return Path.of(dataDir, "index", collectionId);
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the search index at " + directory, e);
        }
    }
}
