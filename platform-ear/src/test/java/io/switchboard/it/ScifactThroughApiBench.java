package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.rag.eval.RankingMetrics;
import io.switchboard.rag.eval.Scifact;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SciFact through the platform as a user would run it: a server on the embedded defaults, a collection, the
 * 5,183 abstracts uploaded over REST as text files named by their titles (50 per multipart request), ingested by
 * the {@code rag-ingest} batch job, and the 300 test queries sent to {@code POST /api/collections/{id}/query} in
 * each mode. Prints nDCG@10 and recall and writes docs/benchmarks/scifact-api.md. About 10 minutes on two cores:
 * {@code ./mvnw -Pbench verify -pl platform-ear -Dit.test=ScifactThroughApiBench}.
 */
class ScifactThroughApiBench {

    private static final int FILES_PER_UPLOAD = 50;
    /** The most passages one query returns; documents are ranked by their best passage among them. */
    private static final int PASSAGES = 100;

    @Test
    void scifactThroughTheRestApi() throws Exception {
        Scifact scifact = Scifact.load();
        try (BenchServer server = BenchServer.start(false)) {
            Api api = new Api(server.baseUrl());
            String token = server.adminToken();
            Api.Reply created = api.post("/api/collections", token, "{\"name\":\"scifact\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String collection = created.json().getString("id");

            Map<String, String> idByFileName = new HashMap<>();
            long started = System.nanoTime();
            List<Api.FilePart> batch = new ArrayList<>();
            int duplicates = 0;
            for (Scifact.Doc doc : scifact.corpus()) {
                String name = fileName(doc, idByFileName);
                idByFileName.put(name, doc.id());
                batch.add(new Api.FilePart(name, "text/plain", (doc.text().isBlank() ? doc.title() : doc.text())
                        .getBytes(StandardCharsets.UTF_8)));
                if (batch.size() == FILES_PER_UPLOAD) {
                    duplicates += upload(api, token, collection, batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                duplicates += upload(api, token, collection, batch);
            }
            double uploadSeconds = (System.nanoTime() - started) / 1e9;
            JsonObject progress = awaitIngestion(api, token, collection, scifact.corpus().size() - duplicates);
            double ingestSeconds = (System.nanoTime() - started) / 1e9;
            int chunks = progress.getInt("chunksDone");

            Map<String, double[]> scores = new java.util.LinkedHashMap<>();
            for (String mode : List.of("hybrid", "vector", "keyword")) {
                double ndcg = 0;
                double recall = 0;
                for (Map.Entry<String, String> query : scifact.testQueries().entrySet()) {
                    List<String> ranked = rankedDocuments(api, token, collection, query.getValue(), mode, idByFileName);
                    Map<String, Integer> relevant = scifact.qrels().get(query.getKey());
                    ndcg += RankingMetrics.ndcgAt(10, ranked, relevant);
                    recall += RankingMetrics.recallAt(100, ranked, relevant);
                }
                int n = scifact.testQueries().size();
                scores.put(mode, new double[] {ndcg / n, recall / n});
            }
            assertThat(scores.get("hybrid")[0]).as("a working retriever").isGreaterThan(0.5);
            report(scifact, scores, chunks, duplicates, uploadSeconds, ingestSeconds);
        }
    }

    /** The title as the file name (it becomes every chunk's context line), made unique with the id if needed. */
    private static String fileName(Scifact.Doc doc, Map<String, String> taken) {
        String title = doc.title().replaceAll("[/\\\\\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        if (title.length() > 240) {
            title = title.substring(0, 240).strip();
        }
        String name = title + ".txt";
        return taken.containsKey(name) ? title + " " + doc.id() + ".txt" : name;
    }

    /** Uploads a batch; the number of files the platform found to be duplicates (same content) of earlier ones. */
    private static int upload(Api api, String token, String collection, List<Api.FilePart> files) {
        Api.Reply reply = api.upload("/api/collections/" + collection + "/documents", token, files);
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        return (int) reply.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getBoolean("duplicate", false)).count();
    }

    private static JsonObject awaitIngestion(Api api, String token, String collection, int documents)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(60));
        JsonObject progress;
        do {
            Thread.sleep(5000);
            progress = api.get("/api/collections/" + collection + "/ingestion", token).json();
            System.out.println("[scifact-api] ingestion " + progress);
        } while (progress.getInt("documentsDone") < documents && Instant.now().isBefore(deadline));
        assertThat(progress.getInt("documentsDone")).as(progress.toString()).isEqualTo(documents);
        assertThat(progress.getInt("documentsFailed")).as(progress.toString()).isZero();
        return progress;
    }

    private static List<String> rankedDocuments(Api api, String token, String collection, String query, String mode,
                                                Map<String, String> idByFileName) {
        String body = jakarta.json.Json.createObjectBuilder().add("query", query).add("k", PASSAGES).add("mode", mode)
                .build().toString();
        Api.Reply reply = api.post("/api/collections/" + collection + "/query", token, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        LinkedHashSet<String> documents = new LinkedHashSet<>();
        for (JsonObject passage : reply.json().getJsonArray("passages").getValuesAs(JsonObject.class)) {
            documents.add(idByFileName.get(passage.getString("documentName")));
        }
        return new ArrayList<>(documents);
    }

    private static void report(Scifact scifact, Map<String, double[]> scores, int chunks, int duplicates,
                               double uploadSeconds, double ingestSeconds) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# SciFact through the REST API");
        lines.add("");
        lines.add("Measured " + Instant.now() + " by `ScifactThroughApiBench` (`./mvnw -Pbench verify -pl platform-ear "
                + "-Dit.test=ScifactThroughApiBench`): a server on the embedded defaults; " + scifact.corpus().size()
                + " abstracts uploaded as text files named by their titles (" + FILES_PER_UPLOAD + " per request; "
                + duplicates + " found to be duplicates by content and not indexed again), ingested by the rag-ingest "
                + "batch job into " + chunks + " chunks; " + scifact.testQueries().size() + " test queries sent to "
                + "`POST /api/collections/{id}/query` with k = " + PASSAGES + " passages, documents ranked by their "
                + "best passage. " + Runtime.getRuntime().availableProcessors() + " cores.");
        lines.add("");
        lines.add("| mode | nDCG@10 | recall (documents of the top " + PASSAGES + " passages) |");
        lines.add("|---|---|---|");
        scores.forEach((mode, s) -> lines.add(String.format(Locale.ROOT, "| %s | %.3f | %.3f |", mode, s[0], s[1])));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Upload %.0f s; upload and ingestion %.0f s (%.1f chunks/s end to end).",
                uploadSeconds, ingestSeconds, chunks / ingestSeconds));
        lines.forEach(line -> System.out.println("[scifact-api] " + line));
        Path file = BenchServer.projectRoot().resolve("docs/benchmarks/scifact-api.md");
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
