package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Knowledge collections over HTTP, as a new user tries them: create a collection, upload a pdf, a docx, an
 * html and a md file, watch ingestion, query and answer with citations; and the error cases.
 */
class KnowledgeIT {

    private static Api api;
    private static String admin;
    private static String viewer;

    @BeforeAll
    static void signIn() {
        api = SharedPlatform.api();
        admin = SharedPlatform.adminToken();
        String name = "knowledge-viewer-" + System.nanoTime();
        assertThat(api.post("/api/users", admin, "{\"username\":\"" + name
                + "\",\"password\":\"viewer-password-1\",\"roles\":[\"viewer\"]}").status()).isEqualTo(201);
        viewer = api.token(name, "viewer-password-1");
    }

    @Test
    void uploadWatchQueryAndAnswerWithCitations() {
        String collection = createCollection("handbook-" + System.nanoTime());
        Api.Reply upload = api.upload("/api/collections/" + collection + "/documents", admin, List.of(
                KnowledgeDocuments.pdf("security.pdf", "Key rotation.",
                        "To rotate the signing keys, replace jwt-private.pem and jwt-public.pem in the data directory",
                        "and restart every server. Tokens signed with the old key stop working."),
                KnowledgeDocuments.docx("finance.docx", "Quarterly revenue grew by four percent.",
                        "Operating costs stayed flat while headcount rose slightly."),
                KnowledgeDocuments.text("garden.html", "text/html", "<html><body><h1>Gardening</h1>"
                        + "<p>Tomatoes need six hours of sun and regular watering.</p></body></html>"),
                KnowledgeDocuments.text("travel.md", "text/markdown",
                        "# Travel policy\n\nBook trains for trips under four hours.\n\n## Hotels\n\nStay within the city rate.")));
        assertThat(upload.status()).as(upload.body()).isEqualTo(202);
        assertThat(upload.structure().asJsonArray()).hasSize(4)
                .allSatisfy(d -> assertThat(d.asJsonObject().getString("status")).isEqualTo("pending"));

        List<JsonObject> events = api.events("/api/collections/" + collection + "/ingestion/events", viewer);
        JsonObject last = events.get(events.size() - 1);
        assertThat(last.getInt("documentsDone")).as("the stream ends when ingestion is done").isEqualTo(4);
        assertThat(last.getInt("etaSeconds")).isZero();
        assertThat(events).as("while documents are pending the total is an estimate or not yet known")
                .allSatisfy(e -> assertThat(!e.containsKey("chunksTotal") || e.isNull("chunksTotal")
                        || e.getInt("chunksTotal") >= e.getInt("chunksDone"))
                        .isTrue());

        JsonObject progress = awaitIngestion(collection);
        assertThat(progress.getInt("documentsTotal")).isEqualTo(4);
        assertThat(progress.getInt("documentsFailed")).isZero();
        assertThat(progress.getInt("chunksDone")).isGreaterThanOrEqualTo(4);
        assertThat(progress.getInt("chunksTotal")).as("exact once nothing is pending").isEqualTo(progress.getInt("chunksDone"));
        assertThat(api.get("/api/collections/" + collection + "/documents", viewer).structure().asJsonArray())
                .allSatisfy(d -> {
                    assertThat(d.asJsonObject().getString("status")).isEqualTo("indexed");
                    assertThat(d.asJsonObject().getInt("chunkCount")).isPositive();
                });

        for (String mode : List.of("hybrid", "vector", "keyword")) {
            Api.Reply reply = api.post("/api/collections/" + collection + "/query", viewer,
                    "{\"query\":\"How do I rotate the signing keys?\",\"k\":3,\"mode\":\"" + mode + "\"}");
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonObject result = reply.json();
            JsonObject best = result.getJsonArray("passages").getJsonObject(0);
            assertThat(best.getString("documentName")).as(mode).isEqualTo("security.pdf");
            assertThat(best.getString("text")).contains("signing keys");
            assertThat(best.getInt("end")).isGreaterThan(best.getInt("start"));
            assertThat(best.getInt("end") - best.getInt("start")).isEqualTo(best.getString("text").length());
        }
        JsonObject hotel = api.post("/api/collections/" + collection + "/query", viewer,
                "{\"query\":\"hotel city rate\",\"k\":1}").json().getJsonArray("passages").getJsonObject(0);
        assertThat(hotel.getString("documentName")).isEqualTo("travel.md");

        JsonObject answer = api.post("/api/collections/" + collection + "/answer", viewer,
                "{\"query\":\"How much did quarterly revenue grow?\"}").json();
        assertThat(answer.getString("method")).isEqualTo("extractive");
        assertThat(answer.getString("answer")).contains("four percent").contains("[1]");
        assertThat(answer.getJsonArray("citations").getJsonObject(0).getString("documentName")).isEqualTo("finance.docx");
    }

    @Test
    void duplicatesReplacementsFailuresAndDeletion() {
        String collection = createCollection("lifecycle-" + System.nanoTime());
        String documents = "/api/collections/" + collection + "/documents";
        Api.FilePart notes = KnowledgeDocuments.text("notes.txt", "text/plain", "The first version mentions apples.");
        Api.Reply first = api.upload(documents, admin, List.of(notes,
                new Api.FilePart("broken.pdf", "application/pdf", "%PDF-1.7 but not really".getBytes())));
        assertThat(first.status()).isEqualTo(202);
        awaitIngestion(collection);

        JsonObject broken = find(documents, "broken.pdf");
        assertThat(broken.getString("status")).isEqualTo("failed");
        assertThat(broken.getString("error")).contains("PDF");
        String notesId = find(documents, "notes.txt").getString("id");

        Api.Reply again = api.upload(documents, admin, List.of(notes));
        assertThat(again.structure().asJsonArray().getJsonObject(0).getBoolean("duplicate")).isTrue();
        assertThat(again.structure().asJsonArray().getJsonObject(0).getString("id")).isEqualTo(notesId);

        api.upload(documents, admin, List.of(KnowledgeDocuments.text("notes.txt", "text/plain",
                "The second version is about pears instead.")));
        awaitIngestion(collection);
        assertThat(find(documents, "notes.txt").getString("id")).isEqualTo(notesId);
        assertThat(query(collection, "apples")).isEmpty();
        assertThat(query(collection, "pears")).hasSize(1);

        assertThat(api.delete(documents + "/" + notesId, admin).status()).isEqualTo(204);
        assertThat(query(collection, "pears")).isEmpty();
        assertThat(api.get(documents + "/" + notesId, admin).status()).isEqualTo(404);
    }

    @Test
    void badRequestsGetProblems() {
        String collection = createCollection("errors-" + System.nanoTime());
        String documents = "/api/collections/" + collection + "/documents";

        Api.Reply unsupported = api.upload(documents, admin, List.of(new Api.FilePart("tool.exe",
                "application/octet-stream", new byte[] {1, 2, 3})));
        assertThat(unsupported.status()).isEqualTo(415);
        assertThat(unsupported.isProblem()).isTrue();
        assertThat(unsupported.json().getString("detail")).contains("tool.exe").contains("pdf");

        Api.Reply tooLarge = api.upload(documents, admin, List.of(new Api.FilePart("big.txt", "text/plain",
                new byte[2_000_001])));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.isProblem()).isTrue();
        assertThat(api.get(documents, admin).structure().asJsonArray()).as("nothing stored").isEmpty();

        assertThat(api.post("/api/collections", admin, "{\"name\":\"\"}").status()).isEqualTo(400);
        assertThat(api.post("/api/collections", admin, "{\"name\":\"x\",\"chunkMaxTokens\":500}").status()).isEqualTo(400);
        Api.Reply duplicate = api.post("/api/collections", admin, "{\"name\":\"" + api.get("/api/collections/" + collection,
                admin).json().getString("name") + "\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(api.post("/api/collections/" + collection + "/query", admin, "{\"query\":\"x\",\"mode\":\"fuzzy\"}")
                .status()).isEqualTo(400);
        assertThat(api.post("/api/collections/no-such-collection/query", admin, "{\"query\":\"x\"}").status()).isEqualTo(404);
        assertThat(api.post("/api/collections", viewer, "{\"name\":\"not-allowed\"}").status()).isEqualTo(403);
        assertThat(api.get("/api/collections", null).status()).isEqualTo(401);
        assertThat(api.delete("/api/collections/" + collection, admin).status()).isEqualTo(204);
        assertThat(api.get("/api/collections/" + collection, admin).status()).isEqualTo(404);
    }

    // ---- helpers ----

    private static String createCollection(String name) {
        Api.Reply created = api.post("/api/collections", admin, "{\"name\":\"" + name + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/collections/" + created.json().getString("id"));
        return created.json().getString("id");
    }

    private static List<JsonObject> query(String collection, String text) {
        return api.post("/api/collections/" + collection + "/query", admin, "{\"query\":\"" + text
                + "\",\"mode\":\"keyword\"}").json().getJsonArray("passages").getValuesAs(JsonObject.class);
    }

    private static JsonObject find(String documents, String name) {
        return api.get(documents, admin).structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("name").equals(name)).findFirst().orElseThrow();
    }

    /** Polls the progress until nothing is pending (at most two minutes), and returns the last progress. */
    static JsonObject awaitIngestion(String collection) {
        JsonObject progress = null;
        for (int i = 0; i < 240; i++) {
            progress = api.get("/api/collections/" + collection + "/ingestion", admin).json();
            if (progress.getInt("documentsDone") == progress.getInt("documentsTotal")) {
                return progress;
            }
            sleep(500);
        }
        throw new AssertionError("ingestion did not finish: " + progress);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
