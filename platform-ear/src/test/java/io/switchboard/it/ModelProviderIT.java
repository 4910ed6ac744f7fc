package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testing.model.ScriptedModelServer;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The platform with a language model configured: a server of its own whose platform default model is the
 * scripted OpenAI-compatible server run by this test, so LangChain4j's real OpenAI client talks HTTP to it.
 * Requests go through model routing (structured output), the tool agent's tool calling, streaming over A2A
 * {@code message/stream}; usage is recorded and reported, a budget stops spending, and session memory carries a
 * fact from turn 1 to turn 3.
 */
class ModelProviderIT {

    private static final String PASSWORD = "model-it-admin-password";
    private static ScriptedModelServer model;
    private static LibertyServer server;
    private static Api api;
    private static String admin;

    @BeforeAll
    static void start() {
        model = ScriptedModelServer.start();
        server = LibertyServer.freshCopy("e2e-model", Integer.getInteger("it.port.model", 19087), Map.of(
                "SWITCHBOARD_ADMIN_PASSWORD", PASSWORD,
                "SWITCHBOARD_MODEL_PROVIDER", "openai",
                "SWITCHBOARD_MODEL_NAME", "gpt-4o-mini",
                "SWITCHBOARD_MODEL_BASE_URL", model.openAiBaseUrl(),
                "SWITCHBOARD_MODEL_API_KEY", "sk-scripted-it",
                "SWITCHBOARD_MODEL_MAX_RETRIES", "1"));
        server.start();
        api = new Api(server.baseUrl());
        admin = api.token("admin", PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (model != null) {
            model.close();
        }
    }

    private static JsonObject ask(String input, String session) {
        String body = "{\"input\":\"" + input + "\"" + (session == null ? "" : ",\"sessionId\":\"" + session + "\"") + "}";
        Api.Reply reply = api.post("/api/execute-task", admin, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void arithmeticIsRoutedByTheModelAndAnsweredWithTheCalculatorTool() {
        model.reset();
        JsonObject result = ask("what is 15% of 200", null);

        assertThat(result.getString("status")).as(result.toString()).isEqualTo("completed");
        assertThat(result.getString("agent")).isEqualTo("tool");
        assertThat(result.getJsonObject("routing").getString("mode")).isEqualTo("model");
        assertThat(result.getJsonObject("routing").getString("reason")).contains("scripted routing");
        assertThat(result.getString("output")).startsWith("The result is 15% of 200 = 30.")
                .endsWith("(model: openai gpt-4o-mini)");

        List<ScriptedModelServer.Received> calls = model.requests();
        assertThat(calls.get(0).body().containsKey("response_format")).as("routing uses structured output").isTrue();
        assertThat(calls.get(0).authorization()).isEqualTo("Bearer sk-scripted-it");
        assertThat(calls).anySatisfy(c -> assertThat(c.body().toString()).contains("\"name\":\"calculator\""));
        assertThat(calls).anySatisfy(c -> assertThat(c.body().getJsonArray("messages").toString())
                .contains("\"role\":\"tool\""));

        Api.Reply usage = api.get("/api/usage?by=agent", admin);
        assertThat(usage.status()).as(usage.body()).isEqualTo(200);
        assertThat(usage.json().getJsonArray("rows").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("key")).contains("tool", "orchestrator");
        assertThat(usage.json().getJsonObject("total").getJsonNumber("inputTokens").longValue()).isPositive();
        assertThat(usage.json().getJsonObject("total").getJsonNumber("costUsd").doubleValue()).isPositive();
    }

    @Test
    void aGreetingGoesToTheGeneralAgentsModel() {
        JsonObject result = ask("hello", null);
        assertThat(result.getString("agent")).isEqualTo("general");
        assertThat(result.getString("output")).startsWith("Scripted answer: hello").contains("(model: openai");
    }

    @Test
    void memoryCarriesAFactFromTheFirstTurnToTheThird() {
        String session = "session-" + UUID.randomUUID();
        assertThat(ask("my name is Ada", session).getString("output")).contains("Nice to meet you, Ada.");
        assertThat(ask("tell me a story", session).getString("status")).isEqualTo("completed");
        JsonObject third = ask("what is my name", session);
        assertThat(third.getString("output")).as(third.toString()).contains("Your name is Ada.");

        Api.Reply history = api.get("/api/sessions/" + session, admin);
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        List<JsonObject> messages = history.json().getJsonArray("messages").getValuesAs(JsonObject.class);
        assertThat(messages).extracting(m -> m.getString("role")).containsExactly("user", "assistant", "user",
                "assistant", "user", "assistant");
        assertThat(messages.get(0).getString("text")).isEqualTo("my name is Ada");
        assertThat(api.get("/api/sessions/no-such-session", admin).status()).isEqualTo(404);
    }

    @Test
    void answersStreamTokenByTokenOverA2a() {
        List<JsonObject> events = api.stream("/a2a", admin, null, A2aProtocolIT.send03("message/stream",
                "please tell me about the weather", null, null));

        List<JsonObject> chunks = events.stream().map(e -> e.getJsonObject("result"))
                .filter(r -> "artifact-update".equals(r.getString("kind"))).toList();
        assertThat(chunks).as(events.toString()).hasSizeGreaterThan(3);
        assertThat(chunks.subList(1, chunks.size())).allSatisfy(c -> assertThat(c.getBoolean("append")).isTrue());
        String text = chunks.stream().map(c -> c.getJsonObject("artifact").getJsonArray("parts").getJsonObject(0)
                .getString("text")).reduce("", String::concat);
        assertThat(text).startsWith("Scripted answer: please tell me about the weather").contains("(model: openai");
        JsonObject last = events.get(events.size() - 1).getJsonObject("result");
        assertThat(last.getJsonObject("status").getString("state")).isEqualTo("completed");
    }

    @Test
    void anAgentsDailyBudgetStopsItsModelCallsWithAClearFailure() {
        String name = "thrifty-" + System.nanoTime();
        Api.Reply created = api.post("/api/agents", admin, "{\"name\":\"" + name + "\",\"description\":\"Budgeted\","
                + "\"specialist\":\"general\",\"limits\":{\"dailyTokenBudget\":1}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        JsonObject first = api.post("/api/execute-task", admin, "{\"agent\":\"" + name + "\",\"input\":\"hi\"}").json();
        assertThat(first.getString("status")).as(first.toString()).isEqualTo("completed");
        JsonObject second = api.post("/api/execute-task", admin, "{\"agent\":\"" + name + "\",\"input\":\"hi again\"}")
                .json();
        assertThat(second.getString("status")).isEqualTo("failed");
        assertThat(second.getString("error")).contains("Budget exceeded").contains(name);

        JsonObject usage = api.get("/api/usage?by=agent&agent=" + name, admin).json();
        assertThat(usage.getJsonObject("total").getInt("calls")).isEqualTo(2);
        assertThat(usage.getJsonObject("total").getInt("failedCalls")).isEqualTo(1);
    }

    @Test
    void aFailingModelServerEndsTheTaskWithAClearReasonAfterRetrying() {
        model.reset();
        model.failNext(500, 20);
        JsonObject result = api.post("/api/execute-task", admin, "{\"agent\":\"general\",\"input\":\"hello\"}").json();
        model.reset();
        assertThat(result.getString("status")).isEqualTo("failed");
        assertThat(result.getString("error")).contains("gpt-4o-mini").doesNotContain("Exception");
    }
}
