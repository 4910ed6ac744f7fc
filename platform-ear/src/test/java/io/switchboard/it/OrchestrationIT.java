package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The orchestrator with no language model, as a new user meets it: requests sent to /api/execute-task without
 * naming an agent are routed by embedding similarity to the tool, document, data and general specialists, each
 * answers usefully and says which mode produced the answer, and the routing decision is kept with the task. An
 * image sent to the platform's A2A front door reaches the vision specialist.
 */
class OrchestrationIT {

    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/"
            + System.getProperty("it.postgres.tools-database", "switchboard_tools_it");
    private static final String PG_USER = System.getProperty("it.postgres.user", "postgres");
    private static final String PG_PASSWORD = System.getProperty("it.postgres.password", "");

    private static Api api;
    private static String operator;
    private static String admin;

    @BeforeAll
    static void signIn() {
        api = SharedPlatform.api();
        admin = SharedPlatform.adminToken();
        String name = "routing-operator-" + System.nanoTime();
        assertThat(api.post("/api/users", admin, "{\"username\":\"" + name + "\",\"password\":\"operator-password-1\","
                + "\"roles\":[\"operator\"]}").status()).isEqualTo(201);
        operator = api.token(name, "operator-password-1");
    }

    private static JsonObject ask(String input) {
        Api.Reply reply = api.post("/api/execute-task", operator, "{\"input\":\"" + input + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void arithmeticIsRoutedToTheToolAgent() {
        JsonObject result = ask("what is 15% of 200");
        assertThat(result.getString("agent")).isEqualTo("tool");
        assertThat(result.getString("status")).isEqualTo("completed");
        assertThat(result.getString("output")).startsWith("15% of 200 = 30").contains("no language model");
        JsonObject routing = result.getJsonObject("routing");
        assertThat(routing.getString("mode")).isEqualTo("embedding");
        assertThat(routing.getJsonNumber("score").doubleValue()).isGreaterThan(0.5);
        assertThat(routing.getString("reason")).contains("arithmetic");

        JsonObject recorded = api.get("/api/tasks/" + result.getString("taskId"), operator).json();
        assertThat(recorded.getJsonObject("routing").getString("agent")).isEqualTo("tool");
        assertThat(recorded.getJsonObject("routing").getString("mode")).isEqualTo("embedding");
        assertThat(ask("convert 3 miles to km").getString("output")).startsWith("3 mi = 4.828032 km");
    }

    @Test
    void aGreetingIsAnsweredByTheGeneralAgent() {
        JsonObject result = ask("hello");
        assertThat(result.getString("agent")).isEqualTo("general");
        assertThat(result.getString("output")).startsWith("Hello!").contains("tool:", "document:", "data:")
                .contains("deterministic mode");
    }

    @Test
    void aDocumentQuestionIsAnsweredFromTheCollectionsWithCitations() throws Exception {
        Api.Reply collection = api.post("/api/collections", admin, "{\"name\":\"routing-handbook-" + System.nanoTime() + "\"}");
        String id = collection.json().getString("id");
        assertThat(api.upload("/api/collections/" + id + "/documents", admin, List.of(
                KnowledgeDocuments.text("travel.md", "text/markdown", "# Travel policy\n\nEmployees book trains for "
                        + "trips under four hours. Flights need the approval of a director.\n\n## Hotels\n\nStay within "
                        + "the city rate published by finance.")))).extracting(Api.Reply::status).isEqualTo(202);
        JsonObject progress = null;
        for (int i = 0; i < 240; i++) {
            progress = api.get("/api/collections/" + id + "/ingestion", admin).json();
            if (progress.getInt("documentsDone") == progress.getInt("documentsTotal")) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(progress.getInt("documentsDone")).as(progress.toString()).isEqualTo(1);
        JsonObject result = ask("find what our documents say about booking flights");
        assertThat(result.getString("agent")).as(result.toString()).isEqualTo("document");
        assertThat(result.getString("output")).contains("Flights need the approval of a director")
                .contains("[1] travel.md, chunk").contains("extractive answer");
    }

    @Test
    void sqlIsRunReadOnlyByTheDataAgent() throws Exception {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS routed_orders");
            s.execute("CREATE TABLE routed_orders (id INT PRIMARY KEY, region TEXT)");
            s.execute("INSERT INTO routed_orders VALUES (1, 'north'), (2, 'south'), (3, 'north')");
        }
        String datasource = "routing-" + System.nanoTime();
        assertThat(api.post("/api/datasources", admin, ("{\"name\":\"%s\",\"jdbcUrl\":\"%s\",\"username\":\"%s\"}")
                .formatted(datasource, PG_URL, PG_USER)).status()).isEqualTo(201);
        try {
            JsonObject result = ask("SELECT region, count(*) AS n FROM routed_orders GROUP BY region ORDER BY region on "
                    + datasource);
            assertThat(result.getString("agent")).as(result.toString()).isEqualTo("data");
            assertThat(result.getString("status")).as(result.toString()).isEqualTo("completed");
            assertThat(result.getString("output")).contains("north | 2", "south | 1");
            JsonObject refused = ask("SELECT 1; DELETE FROM routed_orders on " + datasource);
            assertThat(refused.getString("agent")).isEqualTo("data");
            assertThat(refused.getString("status")).isEqualTo("failed");
            assertThat(refused.getString("error")).contains("Refused");
        } finally {
            api.delete("/api/datasources/" + datasource, admin);
        }
    }

    @Test
    void anImageAtTheFrontDoorReachesTheVisionAgent() throws Exception {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 64, 32);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        String bytes = Base64.getEncoder().encodeToString(png.toByteArray());
        JsonObject task = A2aProtocolIT.result(api.rpc("/a2a", operator, null, A2aProtocolIT.rpc("message/send",
                "{\"message\":{\"role\":\"user\",\"messageId\":\"m-image\",\"kind\":\"message\",\"parts\":["
                        + "{\"kind\":\"text\",\"text\":\"what is in this picture?\"},"
                        + "{\"kind\":\"file\",\"file\":{\"name\":\"blue.png\",\"mimeType\":\"image/png\",\"bytes\":\""
                        + bytes + "\"}}]}}")));
        assertThat(task.getJsonObject("status").getString("state")).as(task.toString()).isEqualTo("completed");
        String answer = task.getJsonArray("artifacts").getJsonObject(0).getJsonArray("parts").getJsonObject(0)
                .getString("text");
        assertThat(answer).contains("blue.png is a PNG image of 64 × 32 pixels", "#0000ff", "vision-capable");

        int refused = A2aProtocolIT.code(api.rpc("/a2a/agents/echo", operator, null, A2aProtocolIT.rpc(
                "message/send", "{\"message\":{\"role\":\"user\",\"messageId\":\"m-file\",\"kind\":\"message\",\"parts\":["
                        + "{\"kind\":\"file\",\"file\":{\"name\":\"x.png\",\"mimeType\":\"image/png\",\"bytes\":\"" + bytes
                        + "\"}}]}}")));
        assertThat(refused).as("echo reads no files").isEqualTo(-32005);
    }
}
