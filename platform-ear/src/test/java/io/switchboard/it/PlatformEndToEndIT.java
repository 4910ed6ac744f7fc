package io.switchboard.it;

import io.switchboard.testing.liberty.LibertyServer;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The platform started as the README's run command starts it: the server built from liberty-config with the
 * Switchboard EAR, no database and no admin password configured. Drives the first vertical slice over HTTP,
 * then restarts the server and checks that nothing was lost.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndIT {

    private static final Pattern GENERATED_PASSWORD =
            Pattern.compile("Created the 'admin' user with the generated password: (\\S+)");

    private static LibertyServer server;
    private static Api api;
    private static String adminPassword;
    private static String adminToken;
    private static String viewerToken;
    private static String agentId;
    private static String taskId;

    @BeforeAll
    static void startWithEmbeddedDefaults() {
        server = LibertyServer.freshCopy("e2e-embedded", Integer.getInteger("it.port.embedded", 19080), Map.of());
        server.start();
        api = new Api(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void healthOpenApiAndMetricsAnswerWithoutToken() {
        Api.Reply ready = api.get("/health/ready", null);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().getString("status")).isEqualTo("UP");
        assertThat(ready.body()).contains("\"kind\":\"embedded\"");
        assertThat(api.get("/health/live", null).status()).isEqualTo(200);

        Api.Reply openapi = api.get("/openapi", null);
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/register-agent", "/api/execute-task", "/api/status",
                "RegisterAgentRequest:", "TaskResult:", "Problem:", "bearerFormat: JWT");

        assertThat(api.get("/metrics", null).status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void firstStartCreatesAdminWithPasswordPrintedOnce() {
        Matcher matcher = GENERATED_PASSWORD.matcher(server.messages());
        assertThat(matcher.find()).as("generated admin password in messages.log").isTrue();
        adminPassword = matcher.group(1);
        assertThat(adminPassword).hasSizeGreaterThanOrEqualTo(20);
        assertThat(matcher.find()).as("printed only once").isFalse();

        Api.Reply token = api.post("/api/auth/token", null,
                "{\"username\":\"admin\",\"password\":\"" + adminPassword + "\"}");
        assertThat(token.status()).isEqualTo(200);
        JsonObject body = token.json();
        assertThat(body.getString("token_type")).isEqualTo("Bearer");
        assertThat(body.getJsonNumber("expires_in").longValue()).isPositive();
        assertThat(body.getString("access_token").split("\\.")).hasSize(3);
        adminToken = body.getString("access_token");
    }

    @Test
    @Order(3)
    void wrongPasswordAndMissingOrForgedTokensAre401Problems() {
        Api.Reply wrong = api.post("/api/auth/token", null, "{\"username\":\"admin\",\"password\":\"wrong\"}");
        assertProblem(wrong, 401, "Invalid username or password");

        assertProblem(api.get("/api/status", null), 401, "bearer token");
        assertProblem(api.get("/api/status", "not.a.token"), 401, "bearer token");
        String[] parts = adminToken.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertProblem(api.get("/api/status", tampered), 401, "bearer token");
    }

    @Test
    @Order(4)
    void registerAgent() {
        Api.Reply reply = api.post("/api/register-agent", adminToken,
                "{\"name\":\"support-bot\",\"description\":\"Answers support questions\",\"tools\":[\"calculator\"]}");
        assertThat(reply.status()).isEqualTo(201);
        JsonObject agent = reply.json();
        agentId = agent.getString("id");
        assertThat(UUID.fromString(agentId)).isNotNull();
        assertThat(agent.getString("status")).isEqualTo("active");
        assertThat(agent.getJsonArray("tools").getString(0)).isEqualTo("calculator");
        assertThat(reply.location()).endsWith("/api/agents/" + agentId);

        Api.Reply read = api.get("/api/agents/" + agentId, adminToken);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("name")).isEqualTo("support-bot");
    }

    @Test
    @Order(5)
    void duplicateNameIs409EvenInOtherLetterCase() {
        Api.Reply reply = api.post("/api/register-agent", adminToken, "{\"name\":\"Support-Bot\"}");
        assertProblem(reply, 409, "already exists");
        assertThat(reply.json().getString("type")).isEqualTo("urn:switchboard:problem:agent-name-taken");
    }

    @Test
    @Order(6)
    void invalidOrMalformedBodiesAre400Problems() {
        Api.Reply invalid = api.post("/api/register-agent", adminToken, "{\"name\":\" bad name!\",\"tools\":[\"ok\",\"\"]}");
        assertProblem(invalid, 400, "name");
        assertThat(invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("name", "tools[1]");

        assertProblem(api.post("/api/register-agent", adminToken, "{\"name\":"), 400, "JSON");
        assertProblem(api.post("/api/register-agent", adminToken, ""), 400, "body");
        assertProblem(api.post("/api/execute-task", adminToken, "{\"agent\":\"echo\"}"), 400, "input");
        assertProblem(api.postAs("/api/register-agent", adminToken, "text/plain", "name=x"), 415, "application/json");
        assertProblem(api.get("/api/no-such-endpoint", adminToken), 404, "/api/no-such-endpoint");
    }

    @Test
    @Order(7)
    void rolesAreEnforced() {
        Api.Reply created = api.post("/api/users", adminToken,
                "{\"username\":\"vera\",\"password\":\"viewer-password-1\",\"roles\":[\"viewer\"]}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("password");
        viewerToken = api.token("vera", "viewer-password-1");

        assertProblem(api.post("/api/register-agent", viewerToken, "{\"name\":\"viewers-agent\"}"), 403, "roles");
        assertProblem(api.post("/api/execute-task", viewerToken, "{\"agent\":\"echo\",\"input\":\"hi\"}"), 403, "roles");
        assertProblem(api.post("/api/users", viewerToken,
                "{\"username\":\"mallory\",\"password\":\"mallory-password\",\"roles\":[\"admin\"]}"), 403, "roles");
        assertThat(api.get("/api/status", viewerToken).status()).isEqualTo(200);
    }

    @Test
    @Order(8)
    void executeTaskGoesThroughTheEchoAgentAndIsRecorded() {
        Api.Reply reply = api.post("/api/execute-task", adminToken,
                "{\"agent\":\"echo\",\"input\":\"Hello, Switchboard\",\"sessionId\":\"s-1\",\"metadata\":{\"ticket\":42}}");
        assertThat(reply.status()).isEqualTo(200);
        JsonObject result = reply.json();
        assertThat(result.getString("status")).isEqualTo("completed");
        assertThat(result.getString("output")).isEqualTo("Hello, Switchboard");
        assertThat(result.getString("agent")).isEqualTo("echo");
        assertThat(result.getJsonNumber("durationMs").longValue()).isNotNegative();
        taskId = result.getString("taskId");

        JsonObject task = api.get("/api/tasks/" + taskId, viewerToken).json();
        assertThat(task.getString("status")).isEqualTo("completed");
        assertThat(task.getString("input")).isEqualTo("Hello, Switchboard");
        assertThat(task.getString("requestedBy")).isEqualTo("admin");
        assertThat(task.getString("sessionId")).isEqualTo("s-1");
        assertThat(task.getJsonObject("metadata").getInt("ticket")).isEqualTo(42);

        Api.Reply byName = api.post("/api/execute-task", adminToken, "{\"agent\":\"SUPPORT-BOT\",\"input\":\"ping\"}");
        assertThat(byName.json().getString("agent")).isEqualTo("support-bot");
        assertThat(byName.json().getString("output")).isEqualTo("ping");

        assertProblem(api.post("/api/execute-task", adminToken, "{\"agent\":\"nobody\",\"input\":\"x\"}"), 404, "nobody");
        assertProblem(api.get("/api/tasks/" + UUID.randomUUID(), adminToken), 404, "No task");
    }

    @Test
    @Order(9)
    void statusReportsVersionUptimeDatabaseAndAgents() {
        JsonObject status = api.get("/api/status", viewerToken).json();
        assertThat(status.getString("version")).isNotBlank();
        assertThat(status.getJsonNumber("uptimeSeconds").longValue()).isNotNegative();
        assertThat(status.getJsonObject("database").getString("kind")).isEqualTo("embedded");
        assertThat(status.getJsonObject("database").getString("health")).isEqualTo("UP");
        // the six built-in agents (echo, tool, general, document, data, vision) and support-bot
        assertThat(status.getJsonObject("agents").getInt("total")).isEqualTo(7);
        assertThat(status.getJsonObject("agents").getJsonObject("byStatus").getInt("active")).isEqualTo(7);
    }

    @Test
    @Order(10)
    void agentsAreA2aServers() {
        Api.Reply card = api.get("/a2a/agents/" + agentId + "/.well-known/agent-card.json", null);
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.json().getString("protocolVersion")).isEqualTo("0.3.0");
        assertThat(card.json().getString("url")).endsWith("/a2a/agents/" + agentId);

        String send = Json.createObjectBuilder().add("jsonrpc", "2.0").add("id", "req-1").add("method", "message/send")
                .add("params", Json.createObjectBuilder().add("message", Json.createObjectBuilder()
                        .add("role", "user").add("messageId", "m-1").add("kind", "message")
                        .add("parts", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("kind", "text").add("text", "over A2A"))))).build().toString();
        assertThat(api.post("/a2a/agents/" + agentId, null, send).status()).isEqualTo(401);
        Api.Reply reply = api.post("/a2a/agents/" + agentId, adminToken, send);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getString("id")).isEqualTo("req-1");
        assertThat(reply.json().getJsonObject("result").getString("kind")).isEqualTo("task");
        assertThat(reply.body()).contains("over A2A");

        Api.Reply parseError = api.post("/a2a/agents/" + agentId, adminToken, "{not json");
        assertThat(parseError.json().getJsonObject("error").getInt("code")).isEqualTo(-32700);
    }

    @Test
    @Order(11)
    void everythingIsStillThereAfterARestart() {
        String echo = "/a2a/agents/" + agentId;
        String a2aTask = A2aProtocolIT.result(api.rpc(echo, adminToken, null,
                A2aProtocolIT.send03("message/send", "kept across restarts", null, null))).getString("id");
        String running = A2aProtocolIT.result(api.rpc(echo, adminToken, null, A2aProtocolIT.rpc("message/send",
                "{\"message\":" + A2aProtocolIT.message03("slow: 100", null, null) + ",\"configuration\":{\"blocking\":false}}")))
                .getString("id");

        server.restart();

        assertThat(GENERATED_PASSWORD.matcher(server.messages()).find()).as("no new admin password").isFalse();
        assertThat(api.get("/api/status", adminToken).status())
                .as("a token issued before the restart is still valid: the key pair was kept").isEqualTo(200);
        String token = api.token("admin", adminPassword);
        assertThat(api.token("vera", "viewer-password-1")).isNotBlank();

        JsonObject task = api.get("/api/tasks/" + taskId, token).json();
        assertThat(task.getString("output")).isEqualTo("Hello, Switchboard");
        assertThat(api.get("/api/agents/support-bot", token).json().getString("id")).isEqualTo(agentId);
        assertProblem(api.post("/api/register-agent", token, "{\"name\":\"support-bot\"}"), 409, "already exists");
        assertThat(api.get("/api/status", token).json().getJsonObject("agents").getInt("total")).isEqualTo(7);

        JsonObject kept = A2aProtocolIT.result(api.rpc(echo, token, null,
                A2aProtocolIT.rpc("tasks/get", "{\"id\":\"" + a2aTask + "\"}")));
        assertThat(kept.getJsonObject("status").getString("state")).isEqualTo("completed");
        assertThat(kept.getJsonArray("history")).hasSize(2);
        JsonObject interrupted = A2aProtocolIT.result(api.rpc(echo, token, null,
                A2aProtocolIT.rpc("tasks/get", "{\"id\":\"" + running + "\"}")));
        assertThat(interrupted.getJsonObject("status").getString("state"))
                .as("a task cut off by the restart ends failed, not working forever").isEqualTo("failed");
    }

    static void assertProblem(Api.Reply reply, int status, String detailContains) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).as("problem+json: " + reply).isTrue();
        JsonObject problem = reply.json();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).containsIgnoringCase(detailContains);
        assertThat(reply.body()).doesNotContain("Exception", "\tat ");
    }
}
