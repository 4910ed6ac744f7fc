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
 * The search index of each collection, under {@code <data dir>/index/<collection id>} (with {@code .<n>} after the
 * n-th change of its embedding model). The database is the
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
    /** The newest generation seen per collection: an older one is never opened (rebuilt) again. */
    private final Map<String, Integer> latest = new ConcurrentHashMap<>();
    private final Map<String, Long> nextCheck = new ConcurrentHashMap<>();
    private final Map<String, Long> mismatchSince = new ConcurrentHashMap<>();

    /**
     * The index of the collection's current embedding model (each model change, a generation, has its own index,
     * built from the database when first used; older generations' indexes are then closed and deleted), checked
     * against the database at most once per check interval.
     */
    public PassageIndex of(String collectionId, int generation) {
        String key = key(collectionId, generation);
        LucenePassageIndex index = open.get(key);
        if (index == null) {
            int newest = latest.merge(collectionId, generation, Math::max);
            if (generation < newest) {
                throw new StaleGenerationException();
            }
            index = open.computeIfAbsent(key, k -> openOrRebuild(collectionId, generation));
            dropOlderGenerations(collectionId, generation);
        }
        long now = System.nanoTime();
        if (now >= nextCheck.getOrDefault(key, 0L)) {
            nextCheck.put(key, now + checkInterval.toNanos());
            verify(collectionId, index, now);
        }
        return index;
    }

    /** Adds passages embedded with the model of {@code generation} (ignored when that index is gone). */
    public void add(String collectionId, int generation, List<Passage> passages) {
        String key = key(collectionId, generation);
        PassageIndex index = open.get(key);
        if (index == null && Files.isDirectory(directoryOf(collectionId, generation))) {
            index = open.computeIfAbsent(key, k -> openOrRebuild(collectionId, generation));
        }
        if (index == null) {
            return; // built from the database, these passages included, when the generation is first searched
        }
        index.add(passages);
        index.commit();
    }

    public void deleteDocument(String collectionId, String documentId) {
        for (Map.Entry<String, LucenePassageIndex> entry : open.entrySet()) {
            if (entry.getKey().startsWith(collectionId + "/")) {
                entry.getValue().deleteDocument(documentId);
                entry.getValue().commit();
            }
        }
    }

    /** Closes and deletes a collection's indexes. */
    public void drop(String collectionId) {
        dropOlderGenerations(collectionId, Integer.MAX_VALUE);
        latest.remove(collectionId);
    }

    /** The caller read the collection before its embedding model changed: read it again. */
    public static final class StaleGenerationException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        StaleGenerationException() {
            super("The collection's embedding model changed; read it again", null, false, false);
        }
    }

    private void dropOlderGenerations(String collectionId, int current) {
        for (String key : List.copyOf(open.keySet())) {
            if (key.startsWith(collectionId + "/") && generationOf(key) < current) {
                LucenePassageIndex index = open.remove(key);
                if (index != null) {
                    index.close();
                }
                nextCheck.remove(key);
            }
        }
        Path root = Path.of(dataDir, "index");
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.toList()) {
                String name = dir.getFileName().toString();
                Integer generation = name.equals(collectionId) ? Integer.valueOf(0)
                        : name.matches(java.util.regex.Pattern.quote(collectionId) + "\\.[0-9]{1,9}")
                        ? Integer.valueOf(name.substring(collectionId.length() + 1)) : null;
                if (generation != null && generation < current) {
                    deleteRecursively(dir);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // an index left on disk is only space: the next change or delete of the collection tries again
            LOG.warning(() -> "Cannot delete an old search index of collection " + collectionId + ": " + e.getMessage());
        }
    }

    private static String key(String collectionId, int generation) {
        return collectionId + "/" + generation;
    }

    private static int generationOf(String key) {
        return Integer.parseInt(key.substring(key.indexOf('/') + 1));
    }

    @PreDestroy
    void closeAll() {
        open.values().forEach(LucenePassageIndex::close);
        open.clear();
    }

    private LucenePassageIndex openOrRebuild(String collectionId, int generation) {
        LucenePassageIndex index = LucenePassageIndex.open(directoryOf(collectionId, generation));
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

    /** {@code index/<collection id>} for the first model, {@code index/<collection id>.<generation>} after changes. */
    private Path directoryOf(String collectionId, int generation) {
        if (!collectionId.matches("[0-9a-fA-F-]{36}")) {
            throw new IllegalArgumentException("not a collection id: " + collectionId);
        }
        return Path.of(dataDir, "index", generation == 0 ? collectionId : collectionId + "." + generation);
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
