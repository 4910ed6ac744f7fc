package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The A2A endpoints over HTTP with hand-written JSON-RPC requests: A2A 0.3 (no version header) and A2A 1.0
 * ({@code A2A-Version: 1.0}, following the 1.0 specification's examples), against the built-in echo agent and
 * the platform's front door.
 */
class A2aProtocolIT {

    private static final String ECHO = "/a2a/agents/00000000-0000-4000-8000-000000000001";
    private static Api api;
    private static String admin;
    private static String operator;

    @BeforeAll
    static void signIn() {
        api = SharedPlatform.api();
        admin = SharedPlatform.adminToken();
        String name = "op-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post("/api/users", admin, "{\"username\":\"" + name
                + "\",\"password\":\"operator-password-1\",\"roles\":[\"operator\"]}").status()).isEqualTo(201);
        operator = api.token(name, "operator-password-1");
    }

    // ---- cards ----

    @Test
    void cardsArePublicCacheableAndSpeakBothVersions() {
        Api.Reply card = api.get("/.well-known/agent-card.json", null);
        assertThat(card.status()).isEqualTo(200);
        JsonObject json = card.json();
        assertThat(json.getString("url")).endsWith("/a2a");
        assertThat(json.getString("protocolVersion")).isEqualTo("0.3.0");
        assertThat(json.getString("preferredTransport")).isEqualTo("JSONRPC");
        assertThat(json.getJsonArray("supportedInterfaces").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("protocolVersion")).containsExactly("1.0", "0.3");
        assertThat(json.getJsonObject("capabilities").getBoolean("streaming")).isTrue();
        assertThat(json.getJsonObject("capabilities").getBoolean("pushNotifications")).isTrue();
        assertThat(json.getJsonObject("securitySchemes").getJsonObject("bearer").getString("scheme")).isEqualTo("bearer");
        assertThat(json.getJsonArray("skills").getJsonObject(0).getString("description")).contains("agent card: http");
        assertThat(card.header("Cache-Control")).contains("max-age");

        String etag = card.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(api.get("/.well-known/agent-card.json", null, Map.of("If-None-Match", etag)).status()).isEqualTo(304);
        assertThat(api.get("/.well-known/agent.json", null).json().getString("name")).isEqualTo("Switchboard");

        JsonObject echo = api.get(ECHO + "/.well-known/agent-card.json", null).json();
        assertThat(echo.getString("name")).isEqualTo("echo");
        assertThat(echo.getString("url")).endsWith(ECHO);
        assertThat(api.get("/api/agents/echo", admin).json().getString("cardUrl"))
                .endsWith(ECHO + "/.well-known/agent-card.json");
    }

    @Test
    void authenticatedCallersGetTheExtendedCards() {
        JsonObject publicCard = api.get(ECHO + "/.well-known/agent-card.json", null).json();
        assertThat(publicCard.getBoolean("supportsAuthenticatedExtendedCard")).isTrue();
        assertThat(publicCard.getJsonObject("capabilities").getBoolean("extendedAgentCard")).isTrue();
        assertThat(publicCard.containsKey("documentationUrl")).isFalse();

        JsonObject v03 = result(api.rpc(ECHO, operator, null, rpc("agent/getAuthenticatedExtendedCard", null)));
        assertThat(v03.getString("name")).isEqualTo("echo");
        assertThat(v03.getString("documentationUrl")).endsWith("/openapi");
        assertThat(v03.getJsonArray("skills").getJsonObject(0).getString("description"))
                .contains("status active").contains("health");
        JsonObject v10 = result(api.rpc(ECHO, operator, "1.0", rpc("GetExtendedAgentCard", "{}")));
        assertThat(v10.getString("documentationUrl")).isEqualTo(v03.getString("documentationUrl"));
        assertThat(v10.getJsonArray("supportedInterfaces")).hasSize(2);

        JsonObject platform = result(api.rpc("/a2a", operator, null, rpc("agent/getAuthenticatedExtendedCard", null)));
        assertThat(platform.getString("name")).isEqualTo("Switchboard");
        assertThat(platform.getJsonArray("skills").getValuesAs(JsonObject.class))
                .anySatisfy(skill -> assertThat(skill.getString("description")).contains("kind "));
        assertThat(api.rpc(ECHO, null, null, rpc("agent/getAuthenticatedExtendedCard", null)).status()).isEqualTo(401);
    }

    // ---- A2A 0.3 ----

    @Test
    void v03SendGetAndHistory() {
        JsonObject task = result(api.rpc(ECHO, operator, null, send03("message/send", "hello 0.3", null, null)));
        assertThat(task.getString("kind")).isEqualTo("task");
        assertThat(task.getJsonObject("status").getString("state")).isEqualTo("completed");
        assertThat(task.getJsonArray("artifacts").getJsonObject(0).getJsonArray("parts").getJsonObject(0)
                .getString("text")).isEqualTo("hello 0.3");
        String id = task.getString("id");

        JsonObject got = result(api.rpc(ECHO, operator, null, rpc("tasks/get", "{\"id\":\"" + id + "\",\"historyLength\":1}")));
        assertThat(got.getJsonArray("history")).hasSize(1);
        assertThat(got.getJsonArray("history").getJsonObject(0).getString("role")).isEqualTo("agent");
        assertThat(result(api.rpc(ECHO, operator, null, rpc("tasks/get", "{\"id\":\"" + id + "\",\"historyLength\":0}")))
                .containsKey("history")).isFalse();
    }

    @Test
    void v03NonBlockingSendThenPoll() throws InterruptedException {
        JsonObject task = result(api.rpc(ECHO, operator, null, rpc("message/send", "{\"message\":" + message03("slow: 3", null, null)
                + ",\"configuration\":{\"blocking\":false}}")));
        assertThat(task.getJsonObject("status").getString("state")).isIn("submitted", "working");
        String id = task.getString("id");
        String state = "";
        for (int i = 0; i < 50 && !state.equals("completed"); i++) {
            Thread.sleep(100);
            state = result(api.rpc(ECHO, operator, null, rpc("tasks/get", "{\"id\":\"" + id + "\"}")))
                    .getJsonObject("status").getString("state");
        }
        assertThat(state).isEqualTo("completed");
    }

    @Test
    void v03StreamSendsTheTaskFirstAndEndsWithFinal() {
        List<JsonObject> events = api.stream(ECHO, operator, null, send03("message/stream", "slow: 2", null, null));
        assertThat(events).allSatisfy(e -> assertThat(e.getString("id")).isEqualTo("req"));
        assertThat(events.get(0).getJsonObject("result").getString("kind")).isEqualTo("task");
        JsonObject last = events.get(events.size() - 1).getJsonObject("result");
        assertThat(last.getString("kind")).isEqualTo("status-update");
        assertThat(last.getBoolean("final")).isTrue();
        assertThat(last.getJsonObject("status").getString("state")).isEqualTo("completed");
        assertThat(events).extracting(e -> e.getJsonObject("result").getString("kind")).contains("artifact-update");
        assertThat(events.subList(0, events.size() - 1)).noneMatch(e -> e.getJsonObject("result").getBoolean("final", false));
    }

    @Test
    void v03InputRequiredConversationAndTerminalTasks() {
        JsonObject asked = result(api.rpc(ECHO, operator, null, send03("message/send", "ask: which city?", null, null)));
        assertThat(asked.getJsonObject("status").getString("state")).isEqualTo("input-required");
        String id = asked.getString("id");
        String context = asked.getString("contextId");

        JsonObject done = result(api.rpc(ECHO, operator, null, send03("message/send", "Lisbon", id, context)));
        assertThat(done.getString("id")).isEqualTo(id);
        assertThat(done.getJsonObject("status").getString("state")).isEqualTo("completed");
        assertThat(done.getJsonArray("history")).hasSize(4);

        assertThat(code(api.rpc(ECHO, operator, null, send03("message/send", "again", id, context)))).isEqualTo(-32004);
        assertThat(code(api.rpc(ECHO, operator, null, rpc("tasks/cancel", "{\"id\":\"" + id + "\"}")))).isEqualTo(-32002);
        assertThat(code(api.rpc(ECHO, operator, null, rpc("tasks/resubscribe", "{\"id\":\"" + id + "\"}")))).isEqualTo(-32004);
    }

    @Test
    void v03CancelAndResubscribeARunningTask() throws InterruptedException {
        JsonObject task = result(api.rpc(ECHO, operator, null, rpc("message/send", "{\"message\":" + message03("slow: 8", null, null)
                + ",\"configuration\":{\"blocking\":false}}")));
        String id = task.getString("id");
        Thread.sleep(300);
        List<JsonObject> resubscribed = api.stream(ECHO, operator, null, rpc("tasks/resubscribe", "{\"id\":\"" + id + "\"}"));
        assertThat(resubscribed.get(0).getJsonObject("result").getString("kind")).isEqualTo("task");
        assertThat(resubscribed.get(resubscribed.size() - 1).getJsonObject("result").getBoolean("final")).isTrue();

        JsonObject slow = result(api.rpc(ECHO, operator, null, rpc("message/send", "{\"message\":" + message03("slow: 50", null, null)
                + ",\"configuration\":{\"blocking\":false}}")));
        Thread.sleep(300);
        JsonObject canceled = result(api.rpc(ECHO, operator, null, rpc("tasks/cancel", "{\"id\":\"" + slow.getString("id") + "\"}")));
        assertThat(canceled.getJsonObject("status").getString("state")).isEqualTo("canceled");
    }

    @Test
    void v03ErrorsFollowTheSpecification() {
        Api.Reply parse = api.rpc(ECHO, operator, null, "{oops");
        assertThat(parse.status()).isEqualTo(200);
        assertThat(code(parse)).isEqualTo(-32700);
        assertThat(parse.json().isNull("id")).isTrue();
        assertThat(code(api.rpc(ECHO, operator, null, "{\"jsonrpc\":\"2.0\",\"id\":1}"))).isEqualTo(-32600);
        assertThat(code(api.rpc(ECHO, operator, null, rpc("message/teleport", "{}")))).isEqualTo(-32601);
        assertThat(code(api.rpc(ECHO, operator, null, rpc("message/send", "{\"message\":{\"role\":\"user\"}}")))).isEqualTo(-32602);
        assertThat(code(api.rpc(ECHO, operator, null, rpc("tasks/get", "{\"id\":\"no-such-task\"}")))).isEqualTo(-32001);
        assertThat(code(api.rpc(ECHO, operator, null, rpc("tasks/pushNotificationConfig/set",
                "{\"taskId\":\"no-such-task\",\"pushNotificationConfig\":{\"url\":\"https://example.com/h\"}}")))).isEqualTo(-32001);
        assertThat(code(api.rpc(ECHO, operator, null, rpc("message/send", "{\"message\":{\"role\":\"user\",\"messageId\":\"m\","
                + "\"kind\":\"message\",\"parts\":[{\"kind\":\"file\",\"file\":{\"uri\":\"https://x/y.png\"}}]}}")))).isEqualTo(-32005);
        assertThat(code(api.rpc(ECHO, operator, null, rpc("message/send", "{\"message\":" + message03("x".repeat(1_100_000), null, null) + "}"))))
                .isEqualTo(-32600);
        assertThat(api.rpc(ECHO, null, null, rpc("tasks/get", "{\"id\":\"x\"}")).status()).isEqualTo(401);
        assertThat(api.rpc("/a2a/agents/no-such-agent", operator, null, rpc("tasks/get", "{\"id\":\"x\"}")).status()).isEqualTo(404);
    }

    @Test
    void tasksAreVisibleOnlyToTheirOwnerAndAdmins() {
        String id = result(api.rpc(ECHO, operator, null, send03("message/send", "private", null, null))).getString("id");
        String name = "other-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/users", admin, "{\"username\":\"" + name + "\",\"password\":\"operator-password-2\",\"roles\":[\"operator\"]}");
        String other = api.token(name, "operator-password-2");
        Api.Reply hidden = api.rpc(ECHO, other, null, rpc("tasks/get", "{\"id\":\"" + id + "\"}"));
        assertThat(code(hidden)).isEqualTo(-32001);
        assertThat(hidden.body()).doesNotContain("private");
        assertThat(result(api.rpc(ECHO, admin, null, rpc("tasks/get", "{\"id\":\"" + id + "\"}"))).getString("id")).isEqualTo(id);
    }

    @Test
    void platformFrontDoorRoutesToTheNamedAgent() {
        JsonObject task = result(api.rpc("/a2a", operator, null, rpc("message/send", "{\"message\":{\"role\":\"user\","
                + "\"messageId\":\"m-front\",\"kind\":\"message\",\"metadata\":{\"agent\":\"echo\"},"
                + "\"parts\":[{\"kind\":\"text\",\"text\":\"through the front door\"}]}}")));
        assertThat(task.getJsonObject("status").getString("state")).isEqualTo("completed");
        assertThat(task.getJsonArray("artifacts").getJsonObject(0).getJsonArray("parts").getJsonObject(0).getString("text"))
                .isEqualTo("through the front door");
        JsonObject rejected = result(api.rpc("/a2a", operator, null, rpc("message/send", "{\"message\":{\"role\":\"user\","
                + "\"messageId\":\"m-none\",\"kind\":\"message\",\"metadata\":{\"agent\":\"nobody\"},"
                + "\"parts\":[{\"kind\":\"text\",\"text\":\"x\"}]}}")));
        assertThat(rejected.getJsonObject("status").getString("state")).isEqualTo("rejected");
    }

    @Test
    void platformFrontDoorStreamNamesTheAgentBeforeTheReply() {
        List<JsonObject> events = api.stream("/a2a", operator, null, rpc("message/stream", "{\"message\":{\"role\":"
                + "\"user\",\"messageId\":\"m-front-stream\",\"kind\":\"message\",\"metadata\":{\"agent\":\"echo\"},"
                + "\"parts\":[{\"kind\":\"text\",\"text\":\"streamed through the front door\"}]}}"));
        List<String> kinds = events.stream().map(e -> e.getJsonObject("result").getString("kind")).toList();
        int routed = -1;
        for (int i = 0; i < events.size(); i++) {
            JsonObject status = events.get(i).getJsonObject("result").getJsonObject("status");
            JsonObject message = status == null ? null : status.getJsonObject("message");
            if (message != null && message.getJsonObject("metadata") != null) {
                assertThat(message.getJsonObject("metadata").getString("switchboardAgent")).isEqualTo("echo");
                assertThat(message.getJsonObject("metadata").getString("switchboardRouting")).isEqualTo("requested");
                routed = i;
                break;
            }
        }
        assertThat(routed).as("a working status naming the agent, in %s", kinds).isPositive();
        assertThat(kinds.indexOf("artifact-update")).isGreaterThan(routed);
        assertThat(events.get(events.size() - 1).getJsonObject("result").getJsonObject("status").getString("state"))
                .isEqualTo("completed");
    }

    // ---- A2A 1.0 ----

    @Test
    void v10SendMessageWrapsTheTaskInProtoJsonShapes() {
        JsonObject result = result(api.rpc(ECHO, operator, "1.0", rpc("SendMessage",
                "{\"message\":{\"messageId\":\"m1\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"hi 1.0\"}]},"
                        + "\"configuration\":{\"returnImmediately\":false,\"historyLength\":2,\"acceptedOutputModes\":[\"text/plain\"]}}")));
        JsonObject task = result.getJsonObject("task");
        assertThat(task.containsKey("kind")).isFalse();
        assertThat(task.getJsonObject("status").getString("state")).isEqualTo("TASK_STATE_COMPLETED");
        assertThat(task.getJsonArray("artifacts").getJsonObject(0).getJsonArray("parts").getJsonObject(0).getString("text"))
                .isEqualTo("hi 1.0");
        assertThat(task.getJsonArray("history").getValuesAs(JsonObject.class)).extracting(m -> m.getString("role"))
                .containsExactly("ROLE_USER", "ROLE_AGENT");

        JsonObject got = result(api.rpc(ECHO, operator, "1.0", rpc("GetTask", "{\"id\":\"" + task.getString("id") + "\",\"historyLength\":1}")));
        assertThat(got.getString("id")).isEqualTo(task.getString("id"));
        assertThat(got.getJsonArray("history")).hasSize(1);
    }

    @Test
    void v10StreamStartsWithTheTaskAndEndsWithoutFinalFlag() {
        List<JsonObject> events = api.stream(ECHO, operator, "1.0", rpc("SendStreamingMessage",
                "{\"message\":{\"messageId\":\"m2\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"slow: 2\"}]}}"));
        assertThat(events.get(0).getJsonObject("result").containsKey("task")).isTrue();
        assertThat(events.subList(1, events.size())).allSatisfy(e -> assertThat(e.getJsonObject("result").keySet())
                .containsAnyOf("statusUpdate", "artifactUpdate"));
        JsonObject last = events.get(events.size() - 1).getJsonObject("result").getJsonObject("statusUpdate");
        assertThat(last.getJsonObject("status").getString("state")).isEqualTo("TASK_STATE_COMPLETED");
        assertThat(last.containsKey("final")).isFalse();
    }

    @Test
    void v10ListTasksPagesNewestFirst() {
        String context = "ctx-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            api.rpc(ECHO, operator, "1.0", rpc("SendMessage", "{\"message\":{\"messageId\":\"l" + i + "\",\"contextId\":\""
                    + context + "\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"item " + i + "\"}]}}"));
        }
        JsonObject first = result(api.rpc(ECHO, operator, "1.0", rpc("ListTasks", "{\"contextId\":\"" + context + "\",\"pageSize\":2}")));
        assertThat(first.getInt("totalSize")).isEqualTo(3);
        assertThat(first.getJsonArray("tasks")).hasSize(2);
        assertThat(first.getJsonArray("tasks").getJsonObject(0).containsKey("artifacts")).isFalse();
        String token = first.getString("nextPageToken");
        assertThat(token).isNotEmpty();
        JsonObject second = result(api.rpc(ECHO, operator, "1.0", rpc("ListTasks", "{\"contextId\":\"" + context
                + "\",\"pageSize\":2,\"pageToken\":\"" + token + "\",\"includeArtifacts\":true}")));
        assertThat(second.getJsonArray("tasks")).hasSize(1);
        assertThat(second.getString("nextPageToken")).isEmpty();
        assertThat(second.getJsonArray("tasks").getJsonObject(0).containsKey("artifacts")).isTrue();
        assertThat(code(api.rpc(ECHO, operator, "1.0", rpc("ListTasks", "{\"pageSize\":500}")))).isEqualTo(-32602);
    }

    @Test
    void v10CancelSubscribeAndErrors() throws InterruptedException {
        JsonObject task = result(api.rpc(ECHO, operator, "1.0", rpc("SendMessage",
                "{\"message\":{\"messageId\":\"m3\",\"role\":\"ROLE_USER\",\"parts\":[{\"text\":\"slow: 50\"}]},"
                        + "\"configuration\":{\"returnImmediately\":true}}"))).getJsonObject("task");
        String id = task.getString("id");
        Thread.sleep(300);
        JsonObject canceled = result(api.rpc(ECHO, operator, "1.0", rpc("CancelTask", "{\"id\":\"" + id + "\"}")));
        assertThat(canceled.getJsonObject("status").getString("state")).isEqualTo("TASK_STATE_CANCELED");
        assertThat(code(api.rpc(ECHO, operator, "1.0", rpc("CancelTask", "{\"id\":\"" + id + "\"}")))).isEqualTo(-32002);
        assertThat(code(api.rpc(ECHO, operator, "1.0", rpc("SubscribeToTask", "{\"id\":\"" + id + "\"}")))).isEqualTo(-32004);

        Api.Reply version = api.rpc(ECHO, operator, "2.0", rpc("GetTask", "{\"id\":\"" + id + "\"}"));
        assertThat(code(version)).isEqualTo(-32009);
        assertThat(version.json().getJsonObject("error").getJsonArray("data").getJsonObject(0).getString("reason"))
                .isEqualTo("VERSION_NOT_SUPPORTED");
        assertThat(code(api.rpc(ECHO, operator, "1.0", rpc("message/send", "{}")))).isEqualTo(-32601);
        assertThat(code(api.rpc(ECHO, operator, "1.0", rpc("GetTask", "{\"id\":\"nope\"}")))).isEqualTo(-32001);
        assertThat(code(api.rpc(ECHO, operator, "1.0", rpc("CreateTaskPushNotificationConfig",
                "{\"taskId\":\"" + id + "\",\"url\":\"https://example.com/hook\"}")))).as("the task has ended").isEqualTo(-32004);
    }

    // ---- helpers ----

    static String rpc(String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":\"req\",\"method\":\"" + method + "\"" + (params == null ? "" : ",\"params\":" + params) + "}";
    }

    static String send03(String method, String text, String taskId, String contextId) {
        return rpc(method, "{\"message\":" + message03(text, taskId, contextId) + "}");
    }

    static String message03(String text, String taskId, String contextId) {
        var message = Json.createObjectBuilder().add("role", "user").add("kind", "message")
                .add("messageId", UUID.randomUUID().toString())
                .add("parts", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "text").add("text", text)));
        if (taskId != null) {
            message.add("taskId", taskId);
        }
        if (contextId != null) {
            message.add("contextId", contextId);
        }
        return message.build().toString();
    }

    static JsonObject result(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject json = reply.json();
        assertThat(json.containsKey("error")).as(reply.toString()).isFalse();
        return json.getJsonObject("result");
    }

    static int code(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonObject("error").getInt("code");
    }
}
