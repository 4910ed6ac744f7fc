package io.switchboard.rag.eval;

import dev.langchain4j.data.segment.TextSegment;
import io.switchboard.rag.chunk.Chunk;
import io.switchboard.rag.chunk.ChunkingPolicy;
import io.switchboard.rag.chunk.StructureAwareChunker;
import io.switchboard.rag.embed.MiniLmEmbeddings;
import io.switchboard.rag.retrieval.SearchMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The full SciFact evaluation (5,183 abstracts, 300 test queries): nDCG@10 and recall@100 per mode, indexing
 * throughput against the bare embedding throughput of the same chunks, and hybrid query latency. Prints the
 * figures and writes them to docs/benchmarks/scifact-retrieval.md. Run with {@code ./mvnw -pl rag-module -Pbench test}.
 */
class ScifactEvaluationBench {

    private static final int EMBEDDING_SAMPLE = 1500;

    @Test
    void scifact() throws IOException {
        Scifact scifact = Scifact.load();
        ChunkingPolicy policy = ChunkingPolicy.MINILM;
        MiniLmEmbeddings.model().embed("warm up the model");

        double bareChunksPerSecond = bareEmbeddingRate(scifact, policy);
        ScifactEvaluation.Result result = ScifactEvaluation.run(scifact.corpus(), scifact.testQueries(), scifact.qrels(),
                policy);
        List<Long> latencies = new ArrayList<>();
        try (var index = result.index()) {
            var retriever = new io.switchboard.rag.retrieval.Retriever(index, MiniLmEmbeddings.model());
            for (int round = 0; round < 4; round++) { // the first round warms up and is not measured
                for (String query : scifact.testQueries().values()) {
                    long start = System.nanoTime();
                    retriever.search(query, 10, SearchMode.HYBRID);
                    if (round > 0) {
                        latencies.add(System.nanoTime() - start);
                    }
                }
            }
        }
        ScifactEvaluation.Scores wholeDocuments = ScifactReferenceBench.wholeDocumentVectors(scifact,
                MiniLmEmbeddings.model());
        latencies.sort(null);
        double pipelineChunksPerSecond = result.chunks() / result.indexSeconds();

        List<String> lines = new ArrayList<>();
        lines.add("# SciFact retrieval evaluation");
        lines.add("");
        lines.add("Measured " + Instant.now() + " by `ScifactEvaluationBench` (`./mvnw -pl rag-module -Pbench test`): "
                + result.documents() + " abstracts indexed as " + result.chunks() + " chunks (" + policy.maxTokens()
                + "-token window, " + policy.overlapTokens() + "-token overlap, title as context) with all-MiniLM-L6-v2 "
                + "in process and Lucene (BM25 k1 0.9 b 0.4, HNSW), " + scifact.testQueries().size() + " test queries, "
                + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vendor") + " "
                + System.getProperty("java.version") + ".");
        lines.add("");
        lines.add("| mode | nDCG@10 | recall@100 | reference nDCG@10 |");
        lines.add("|---|---|---|---|");
        for (SearchMode mode : SearchMode.values()) {
            var scores = result.scores().get(mode);
            lines.add(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %s |", mode.name().toLowerCase(Locale.ROOT),
                    scores.ndcgAt10(), scores.recallAt100(), switch (mode) {
                        case KEYWORD -> "BM25 0.665 (BEIR), 0.679 (Anserini)";
                        case VECTOR -> "all-MiniLM-L6-v2 0.645 (MTEB)";
                        case HYBRID -> "target ≥ 0.70";
                    }));
        }
        lines.add(String.format(Locale.ROOT, "| vector, one embedding per abstract (title + text, cut at 128 tokens "
                + "by the model; the reference's setup, see scifact-reference.md for 256) | %.3f | %.3f | all-MiniLM-L6-v2 0.645 (MTEB) |",
                wholeDocuments.ndcgAt10(), wholeDocuments.recallAt100()));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Indexing: %.1f chunks/s through parse, chunk, embed and index; bare "
                        + "embedding of the first %d chunks: %.1f chunks/s; pipeline overhead %.1f %%.",
                pipelineChunksPerSecond, EMBEDDING_SAMPLE, bareChunksPerSecond,
                100 * (1 - pipelineChunksPerSecond / bareChunksPerSecond)));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Hybrid query latency (k = 10, query embedding included, %d queries "
                + "after a warm-up round): "
                + "p50 %.1f ms, p99 %.1f ms.", latencies.size(), percentile(latencies, 50), percentile(latencies, 99)));
        lines.forEach(line -> System.out.println("[scifact] " + line));
        Path file = Path.of(System.getProperty("project.root", "..")).resolve("docs/benchmarks/scifact-retrieval.md");
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Chunks per second of embedAll alone, on the same kind of chunks the pipeline embeds. */
    private static double bareEmbeddingRate(Scifact scifact, ChunkingPolicy policy) {
        StructureAwareChunker chunker = new StructureAwareChunker(MiniLmEmbeddings.tokenCounter());
        List<TextSegment> segments = new ArrayList<>();
        List<List<TextSegment>> perDocument = new ArrayList<>();
        for (Scifact.Doc doc : scifact.corpus()) {
            List<TextSegment> own = chunker.split(doc.text(), doc.title(), policy).stream().map(Chunk::contextualText)
                    .map(TextSegment::from).toList();
            perDocument.add(own);
            segments.addAll(own);
            if (segments.size() >= EMBEDDING_SAMPLE) {
                break;
            }
        }
        long start = System.nanoTime();
        int embedded = 0;
        for (List<TextSegment> batch : perDocument) { // the same batches the pipeline sends: one per document
            embedded += MiniLmEmbeddings.model().embedAll(batch).content().size();
        }
        return embedded / ((System.nanoTime() - start) / 1e9);
    }

    private static double percentile(List<Long> sortedNanos, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }
}
