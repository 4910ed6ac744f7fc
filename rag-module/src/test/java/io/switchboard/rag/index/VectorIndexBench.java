package io.switchboard.rag.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The passage index's vector search at scale: {@code bench.vectors} (1,000,000) synthetic 384-dimensional
 * unit vectors, clustered like sentence embeddings (a few thousand topics, each a Gaussian around its centre),
 * indexed through {@link LucenePassageIndex} on disk; then 1,000 queries near random topics, k = 10, timed,
 * and compared with exact (brute-force) search for recall@10. Writes docs/benchmarks/vector-index.md.
 */
class VectorIndexBench {

    private static final int DIMENSION = 384;
    private static final int K = 10;

    @Test
    void vectorSearchAtScale(@TempDir Path directory) throws Exception {
        int count = Integer.getInteger("bench.vectors", 1_000_000);
        int topics = Math.max(10, count / 250);
        int queries = Integer.getInteger("bench.queries", 1000);
        Random random = new Random(42);
        float[][] centres = new float[topics][];
        for (int t = 0; t < topics; t++) {
            centres[t] = gaussian(random, 1f);
        }
        float[][] vectors = new float[count][];
        for (int i = 0; i < count; i++) {
            vectors[i] = near(centres[random.nextInt(topics)], random, 0.6f);
        }

        long started = System.nanoTime();
        try (LucenePassageIndex index = LucenePassageIndex.open(directory)) {
            int threads = Runtime.getRuntime().availableProcessors();
            int batch = 1000;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> writes = new ArrayList<>();
            for (int from = 0; from < count; from += batch) {
                int start = from;
                writes.add(pool.submit(() -> {
                    List<Passage> passages = new ArrayList<>(batch);
                    for (int i = start; i < Math.min(start + batch, count); i++) {
                        passages.add(new Passage("d" + i, "d" + i, 0, 0, 0, "", "", vectors[i]));
                    }
                    index.addWithoutRefresh(passages);
                }));
            }
            for (Future<?> write : writes) {
                write.get();
            }
            pool.shutdown();
            index.commit();
            index.refresh();
            double buildSeconds = (System.nanoTime() - started) / 1e9;

            List<Long> latencies = new ArrayList<>();
            double recall = 0;
            for (int q = 0; q < queries + 100; q++) { // the first 100 warm up
                float[] query = near(centres[random.nextInt(topics)], random, 0.6f);
                long start = System.nanoTime();
                List<PassageHit> hits = index.vector(query, K);
                long took = System.nanoTime() - start;
                if (q >= 100) {
                    latencies.add(took);
                    Set<String> found = new HashSet<>();
                    hits.forEach(hit -> found.add(hit.documentId()));
                    recall += overlap(found, exact(vectors, query)) / (double) K;
                }
            }
            latencies.sort(null);
            List<String> lines = List.of("# Vector index at scale", "",
                    "Measured " + Instant.now() + " by `VectorIndexBench` (`./mvnw -pl rag-module -Pbench test`): "
                            + String.format(Locale.ROOT, "%,d", count) + " synthetic " + DIMENSION + "-d unit vectors in "
                            + topics + " Gaussian clusters, indexed through `LucenePassageIndex` (Lucene HNSW, M 16, "
                            + "beam 100, at least " + LucenePassageIndex.MIN_VECTOR_CANDIDATES + " candidates per query) "
                            + "on local disk by " + threads + " threads; " + queries + " queries after 100 warm-up "
                            + "queries, k = " + K + "; " + threads + " cores, " + System.getProperty("java.vendor") + " "
                            + System.getProperty("java.version") + ".",
                    "",
                    "| vectors | build s | recall@10 vs exact | p50 ms | p99 ms |",
                    "|---|---|---|---|---|",
                    String.format(Locale.ROOT, "| %,d | %.0f | %.3f | %.2f | %.2f |", count, buildSeconds,
                            recall / queries, percentile(latencies, 50), percentile(latencies, 99)));
            lines.forEach(line -> System.out.println("[vector-index] " + line));
            Path file = Path.of(System.getProperty("project.root", "..")).resolve("docs/benchmarks/vector-index.md");
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        }
    }

    private static Set<String> exact(float[][] vectors, float[] query) {
        float[] unit = VectorUtil.l2normalize(query.clone(), false);
        int[] best = new int[K];
        float[] scores = new float[K];
        Arrays.fill(scores, Float.NEGATIVE_INFINITY);
        for (int i = 0; i < vectors.length; i++) {
            float score = VectorUtil.dotProduct(unit, vectors[i]);
            if (score > scores[K - 1]) {
                int at = K - 1;
                while (at > 0 && scores[at - 1] < score) {
                    scores[at] = scores[at - 1];
                    best[at] = best[at - 1];
                    at--;
                }
                scores[at] = score;
                best[at] = i;
            }
        }
        Set<String> ids = new HashSet<>();
        for (int i : best) {
            ids.add("d" + i);
        }
        return ids;
    }

    private static int overlap(Set<String> found, Set<String> truth) {
        int common = 0;
        for (String id : found) {
            if (truth.contains(id)) {
                common++;
            }
        }
        return common;
    }

    private static float[] gaussian(Random random, float scale) {
        float[] vector = new float[DIMENSION];
        for (int d = 0; d < DIMENSION; d++) {
            vector[d] = (float) random.nextGaussian() * scale;
        }
        return vector;
    }

    private static float[] near(float[] centre, Random random, float spread) {
        float[] noise = gaussian(random, spread);
        float[] vector = new float[DIMENSION];
        for (int d = 0; d < DIMENSION; d++) {
            vector[d] = centre[d] + noise[d];
        }
        return VectorUtil.l2normalize(vector, false);
    }

    private static double percentile(List<Long> sortedNanos, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }
}
