package io.switchboard.it;

import io.switchboard.testing.liberty.LibertyServer;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.rag.chunk.ChunkingPolicy;
import io.switchboard.rag.chunk.StructureAwareChunker;
import io.switchboard.rag.embed.MiniLmEmbeddings;
import io.switchboard.rag.ingest.DocumentChunker;
import io.switchboard.rag.parse.DocumentFormat;
import io.switchboard.rag.parse.DocumentParser;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kills the server (kill -9) in the middle of a large ingestion and starts it again: the batch job is
 * restarted and every document ends up indexed with exactly the chunks the chunker makes of it, no chunk
 * twice and none missing.
 */
class IngestionCrashIT {

    private static final String ADMIN_PASSWORD = "crash-admin-password";
    private static final int DOCUMENTS = 60;
    private static LibertyServer server;
    private static Api api;

    @BeforeAll
    static void startServer() {
        server = LibertyServer.freshCopy("e2e-crash", Integer.getInteger("it.port.crash", 19086),
                Map.of("SWITCHBOARD_ADMIN_PASSWORD", ADMIN_PASSWORD, "SWITCHBOARD_RAG_INGEST_RESUME_INTERVAL", "PT2S"));
        server.start();
        api = new Api(server.baseUrl());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aKilledIngestionResumesAfterRestartWithExactlyTheRightChunks() {
        String admin = api.token("admin", ADMIN_PASSWORD);
        String collection = api.post("/api/collections", admin, "{\"name\":\"crash-test\"}").json().getString("id");
        List<Api.FilePart> files = new ArrayList<>();
        int expectedChunks = 0;
        StructureAwareChunker chunker = new StructureAwareChunker(MiniLmEmbeddings.tokenCounter());
        for (int i = 0; i < DOCUMENTS; i++) {
            String name = "report-" + i + ".md";
            String markdown = report(i);
            files.add(KnowledgeDocuments.text(name, "text/markdown", markdown));
            String text = new DocumentParser().parse(DocumentFormat.MARKDOWN, markdown.getBytes(StandardCharsets.UTF_8));
            expectedChunks += chunker.split(text, DocumentChunker.titleOf(name), ChunkingPolicy.MINILM).size();
        }
        for (List<Api.FilePart> batch : List.of(files.subList(0, DOCUMENTS / 2), files.subList(DOCUMENTS / 2, DOCUMENTS))) {
            Api.Reply upload = api.upload("/api/collections/" + collection + "/documents", admin, batch);
            assertThat(upload.status()).as(upload.body()).isEqualTo(202);
        }

        JsonObject before = awaitProgress(admin, collection, 5);
        assertThat(before.getInt("documentsDone")).as("killed mid-ingestion").isLessThan(DOCUMENTS);
        long firstExecution = before.getJsonNumber("jobExecutionId").longValue();
        server.kill();
        server.start();

        admin = api.token("admin", ADMIN_PASSWORD);
        JsonObject after = awaitProgress(admin, collection, DOCUMENTS);
        assertThat(after.getInt("documentsFailed")).isZero();
        assertThat(after.getJsonNumber("jobExecutionId").longValue()).as("a new execution").isNotEqualTo(firstExecution);
        assertThat(after.getInt("chunksDone")).isEqualTo(expectedChunks);
        JsonObject stored = api.get("/api/collections/" + collection, admin).json();
        assertThat(stored.getInt("chunkCount")).isEqualTo(expectedChunks);
        int perDocument = api.get("/api/collections/" + collection + "/documents", admin).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().mapToInt(d -> d.getInt("chunkCount")).sum();
        assertThat(perDocument).isEqualTo(expectedChunks);
        // the search index was rebuilt or caught up: every passage is searchable
        JsonObject hit = api.post("/api/collections/" + collection + "/query", admin,
                "{\"query\":\"report 59 findings\",\"k\":1,\"mode\":\"keyword\"}").json();
        assertThat(hit.getJsonArray("passages")).hasSize(1);
    }

    /** Waits (up to five minutes) until at least {@code documents} documents are done. */
    private static JsonObject awaitProgress(String token, String collection, int documents) {
        JsonObject progress = null;
        for (int i = 0; i < 1200; i++) {
            progress = api.get("/api/collections/" + collection + "/ingestion", token).json();
            if (progress.getInt("documentsDone") >= documents && progress.containsKey("jobExecutionId")) {
                return progress;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("ingestion did not reach " + documents + " documents: " + progress);
    }

    /** A long report with sections, paragraphs and sentences, different for every seed. */
    static String report(int seed) {
        String[] words = {"analysis", "revenue", "protein", "network", "latency", "customer", "budget", "cell",
                "signal", "market", "growth", "model", "server", "policy", "result", "sample", "trend", "risk"};
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("# Report " + seed + " findings\n\n");
        for (int section = 0; section < 4; section++) {
            text.append("## Section ").append(section).append("\n\n");
            for (int paragraph = 0; paragraph < 3; paragraph++) {
                for (int sentence = 0; sentence < 5; sentence++) {
                    StringBuilder line = new StringBuilder("The");
                    for (int w = 0; w < 12 + random.nextInt(10); w++) {
                        line.append(' ').append(words[random.nextInt(words.length)]);
                    }
                    text.append(line).append(". ");
                }
                text.append("\n\n");
            }
        }
        return text.toString();
    }
}
