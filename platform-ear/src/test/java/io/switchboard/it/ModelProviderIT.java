package io.switchboard.it;

import io.switchboard.testing.liberty.LibertyServer;
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
    void aRequestWithTwoPartsBecomesTwoSubTasksWhoseAnswersAreCombined() {
        JsonObject result = ask("what is 15% of 200 and also tell me a joke", null);

        assertThat(result.getString("status")).as(result.toString()).isEqualTo("completed");
        List<JsonObject> subTasks = result.getJsonArray("subTasks").getValuesAs(JsonObject.class);
        assertThat(subTasks).extracting(t -> t.getString("agent")).containsExactly("tool", "general");
        assertThat(subTasks).extracting(t -> t.getString("input")).containsExactly("what is 15% of 200", "tell me a joke");
        assertThat(subTasks).allSatisfy(t -> assertThat(t.getString("status")).isEqualTo("completed"));
        assertThat(result.getString("output")).startsWith("Combined answer: The result is 15% of 200 = 30.")
                .contains("| Scripted answer: tell me a joke").contains("combined from 2 agents");

        String parent = result.getString("taskId");
        JsonObject sub = api.get("/api/tasks/" + subTasks.get(0).getString("taskId"), admin).json();
        assertThat(sub.getString("parentTaskId")).isEqualTo(parent);
        assertThat(sub.getJsonObject("routing").getString("reason")).contains("step 1 of 2");
        JsonObject recorded = api.get("/api/tasks/" + parent, admin).json();
        assertThat(recorded.getJsonArray("subTasks")).hasSize(2);
        List<String> parentEvents = api.get("/api/tasks/" + parent + "/events", admin).structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("type")).toList();
        assertThat(parentEvents).containsSubsequence("task.received", "task.routed", "model.call", "task.completed");
        List<String> subEvents = api.get("/api/tasks/" + subTasks.get(0).getString("taskId") + "/events", admin)
                .structure().asJsonArray().getValuesAs(JsonObject.class).stream().map(e -> e.getString("type")).toList();
        assertThat(subEvents).containsSubsequence("task.received", "model.call", "tool.call", "model.call", "a2a.call",
                "task.completed");
    }

    @Test
    void documentQuestionsAndTheAnswerEndpointAreAnsweredByTheModelFromTheCitedPassages() throws Exception {
        Api.Reply collection = api.post("/api/collections", admin, "{\"name\":\"model-handbook\"}");
        String id = collection.json().getString("id");
        assertThat(api.upload("/api/collections/" + id + "/documents", admin, List.of(
                KnowledgeDocuments.text("travel.md", "text/markdown", "# Travel policy\n\nEmployees book trains for "
                        + "trips under four hours. Flights need the approval of a director.")))).extracting(Api.Reply::status)
                .isEqualTo(202);
        JsonObject progress = null;
        for (int i = 0; i < 240; i++) {
            progress = api.get("/api/collections/" + id + "/ingestion", admin).json();
            if (progress.getInt("documentsDone") == progress.getInt("documentsTotal")) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(progress.getInt("documentsDone")).as(progress.toString()).isEqualTo(1);
        model.reset();

        JsonObject result = ask("find what our documents say about booking flights", null);

        assertThat(result.getString("agent")).as(result.toString()).isEqualTo("document");
        assertThat(result.getJsonObject("routing").getString("mode")).isEqualTo("model");
        assertThat(result.getString("output")).startsWith("According to the documents").contains("[1]")
                .contains("Sources (collection model-handbook)").contains("[1] travel.md, chunk")
                .endsWith("(model: openai gpt-4o-mini)");
        assertThat(model.requests()).anySatisfy(r -> assertThat(r.body().toString())
                .contains("Flights need the approval of a director"));
        List<String> events = api.get("/api/tasks/" + result.getString("taskId") + "/events", admin).structure()
                .asJsonArray().getValuesAs(JsonObject.class).stream().map(e -> e.getString("type")).toList();
        assertThat(events).as("the routing call is the task's too").containsSubsequence("model.call", "task.received",
                "task.routed", "retrieval", "model.call", "a2a.call", "task.completed");

        // the REST answer endpoint: written by the same model from the same cited passages
        model.reset();
        JsonObject answer = api.post("/api/collections/" + id + "/answer", admin,
                "{\"query\":\"Who approves flights?\"}").json();
        assertThat(answer.getString("method")).as(answer.toString()).isEqualTo("model");
        assertThat(answer.getString("model")).isEqualTo("openai gpt-4o-mini");
        assertThat(answer.getString("answer")).startsWith("According to the documents").contains("[1]");
        assertThat(answer.getJsonArray("citations")).isNotEmpty();
        assertThat(answer.getJsonArray("citations").getJsonObject(0).getString("documentName")).isEqualTo("travel.md");
        assertThat(model.requests()).singleElement().satisfies(r -> assertThat(r.body().toString())
                .contains("Who approves flights?").contains("Flights need the approval of a director"));

        // the model failing: the extractive answer with the same citations, and why
        model.reset();
        model.failNext(500, 20);
        JsonObject fallback = api.post("/api/collections/" + id + "/answer", admin,
                "{\"query\":\"Who approves flights?\"}").json();
        model.reset();
        assertThat(fallback.getString("method")).as(fallback.toString()).isEqualTo("extractive");
        assertThat(fallback.getString("fallbackReason")).contains("gpt-4o-mini").doesNotContain("Exception");
        assertThat(fallback.getString("answer")).contains("Flights need the approval of a director");
        assertThat(fallback.getJsonArray("citations")).hasSameSizeAs(answer.getJsonArray("citations"));
    }

    @Test
    void aCollectionMovesToAnotherEmbeddingModelThroughAReembeddingJob() throws Exception {
        String id = api.post("/api/collections", admin, "{\"name\":\"reembed-handbook\"}").json().getString("id");
        assertThat(api.upload("/api/collections/" + id + "/documents", admin, List.of(
                KnowledgeDocuments.text("travel.md", "text/markdown", "# Travel policy\n\nFlights need the approval "
                        + "of a director. Trains are booked for trips under four hours."),
                KnowledgeDocuments.text("security.md", "text/markdown", "# Security\n\nSigning keys rotate every "
                        + "ninety days. Passwords are never written down.")))).extracting(Api.Reply::status)
                .isEqualTo(202);
        awaitIngested(id, 2);
        assertThat(topDocument(id, "Who approves flights?", "vector")).isEqualTo("travel.md");

        // a model that cannot embed is refused, and nothing changes
        Api.Reply unusable = api.put("/api/collections/" + id + "/embedding", admin,
                "{\"provider\":\"openai\",\"baseUrl\":\"http://127.0.0.1:1/v1\"}");
        assertThat(unusable.status()).as(unusable.body()).isEqualTo(400);
        assertThat(unusable.contentType()).startsWith("application/problem+json");
        assertThat(unusable.json().getString("type")).endsWith("embedding-model-unusable");
        assertThat(api.get("/api/collections/" + id, admin).json().getString("embeddingModel"))
                .isEqualTo("all-minilm-l6-v2");

        model.reset();
        Api.Reply change = api.put("/api/collections/" + id + "/embedding", admin, "{\"provider\":\"openai\","
                + "\"model\":\"text-embedding-3-small\",\"baseUrl\":\"" + model.openAiBaseUrl()
                + "\",\"apiKey\":\"sk-embed-it-7f3a\"}");
        assertThat(change.status()).as(change.body()).isEqualTo(202);
        assertThat(change.body()).doesNotContain("sk-embed-it");
        JsonObject target = change.json().getJsonObject("reembedding").getJsonObject("target");
        assertThat(target.getString("model")).isEqualTo("text-embedding-3-small");
        assertThat(target.getString("apiKeyHint")).isEqualTo("••••7f3a");
        assertThat(target.getInt("dimension")).isEqualTo(ScriptedModelServer.EMBEDDING_DIMENSION);

        JsonObject collection = null;
        for (int i = 0; i < 240; i++) {
            collection = api.get("/api/collections/" + id, admin).json();
            if (!collection.containsKey("reembedding") || collection.isNull("reembedding")) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(collection.containsKey("reembedding") && !collection.isNull("reembedding")).as(collection.toString())
                .isFalse();
        assertThat(collection.getString("embeddingModel")).isEqualTo("text-embedding-3-small");
        assertThat(collection.getJsonObject("embedding").getString("provider")).isEqualTo("openai");
        assertThat(collection.getJsonObject("embedding").getInt("dimension"))
                .isEqualTo(ScriptedModelServer.EMBEDDING_DIMENSION);
        assertThat(collection.getInt("chunkCount")).isEqualTo(2);
        List<ScriptedModelServer.Received> embedCalls = model.requests().stream()
                .filter(r -> r.path().endsWith("/embeddings")).toList();
        assertThat(embedCalls).as("the probe and one call per document").hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer sk-embed-it-7f3a"));
        assertThat(embedCalls.toString()).contains("Flights need the approval").contains("Signing keys rotate");

        // queries now embed with the new model; keyword search is unchanged
        model.reset();
        assertThat(topDocument(id, "Who approves flights?", "vector")).isEqualTo("travel.md");
        assertThat(topDocument(id, "signing keys", "hybrid")).isEqualTo("security.md");
        assertThat(model.requests()).hasSize(2).allSatisfy(r -> assertThat(r.path()).endsWith("/embeddings"));

        // a new document is embedded by the new model
        model.reset();
        assertThat(api.upload("/api/collections/" + id + "/documents", admin, List.of(KnowledgeDocuments.text(
                "lunch.md", "text/markdown", "# Canteen\n\nLunch is served from noon in the canteen on floor two."))))
                .extracting(Api.Reply::status).isEqualTo(202);
        awaitIngested(id, 3);
        assertThat(model.requests().toString()).contains("Lunch is served from noon");
        assertThat(topDocument(id, "when is lunch served in the canteen", "vector")).isEqualTo("lunch.md");

        // the model failing: vector search says so clearly, keyword search still answers
        model.reset();
        model.failNext(500, 20);
        Api.Reply failed = api.post("/api/collections/" + id + "/query", admin,
                "{\"query\":\"Who approves flights?\",\"mode\":\"vector\"}");
        model.reset();
        assertThat(failed.status()).as(failed.body()).isEqualTo(503);
        assertThat(failed.json().getString("type")).endsWith("embedding-model-unavailable");
        assertThat(failed.body()).doesNotContain("Exception").doesNotContain("at io.");
        assertThat(topDocument(id, "Who approves flights?", "keyword")).isEqualTo("travel.md");
    }

    private static void awaitIngested(String collectionId, int documents) throws InterruptedException {
        JsonObject progress = null;
        for (int i = 0; i < 240; i++) {
            progress = api.get("/api/collections/" + collectionId + "/ingestion", admin).json();
            if (progress.getInt("documentsTotal") == documents && progress.getInt("documentsDone") == documents) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(progress.getInt("documentsDone")).as(progress.toString()).isEqualTo(documents);
        assertThat(progress.getInt("documentsFailed")).as(progress.toString()).isZero();
    }

    private static String topDocument(String collectionId, String query, String mode) {
        Api.Reply reply = api.post("/api/collections/" + collectionId + "/query", admin,
                "{\"query\":\"" + query + "\",\"mode\":\"" + mode + "\",\"k\":3}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonArray("passages").getJsonObject(0).getString("documentName");
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
        assertThat(messages).allSatisfy(m -> assertThat(m.getString("user")).isEqualTo("admin"));
        assertThat(api.get("/api/sessions/no-such-session", admin).status()).isEqualTo(404);

        // another user who names the same session has a conversation of their own
        String mallory = "mallory-" + System.nanoTime();
        assertThat(api.post("/api/users", admin, "{\"username\":\"" + mallory + "\",\"password\":\"mallory-password-1\","
                + "\"roles\":[\"operator\"]}").status()).isEqualTo(201);
        String token = api.token(mallory, "mallory-password-1");
        JsonObject theirs = api.post("/api/execute-task", token, "{\"input\":\"what is my name\",\"sessionId\":\""
                + session + "\"}").json();
        assertThat(theirs.getString("output")).contains("You have not told me your name.");
        List<JsonObject> seen = api.get("/api/sessions/" + session, token).json().getJsonArray("messages")
                .getValuesAs(JsonObject.class);
        assertThat(seen).hasSize(2).allSatisfy(m -> assertThat(m.getString("user")).isEqualTo(mallory));
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
        int attempts = model.requests().size();
        model.reset();
        assertThat(result.getString("status")).isEqualTo("failed");
        assertThat(result.getString("error")).contains("gpt-4o-mini").contains("HTTP 5xx").doesNotContain("Exception");
        assertThat(attempts).as("the call and its one retry (SWITCHBOARD_MODEL_MAX_RETRIES=1)").isEqualTo(2);
    }
}
