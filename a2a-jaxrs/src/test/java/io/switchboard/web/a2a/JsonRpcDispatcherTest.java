package io.switchboard.web.a2a;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.api.a2a.A2aException;
import io.switchboard.api.a2a.AgentCard;
import io.switchboard.api.a2a.Artifact;
import io.switchboard.api.a2a.Message;
import io.switchboard.api.a2a.MessageSendParams;
import io.switchboard.api.a2a.Task;
import io.switchboard.api.a2a.TaskState;
import io.switchboard.api.a2a.TaskStatus;
import io.switchboard.api.a2a.TaskStatusUpdateEvent;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.orchestration.a2a.push.PushConfig;
import io.switchboard.orchestration.a2a.push.PushConfigService;
import io.switchboard.orchestration.a2a.server.A2aTaskService;
import io.switchboard.orchestration.a2a.server.Caller;
import io.switchboard.orchestration.a2a.server.TaskEventListener;
import io.switchboard.orchestration.a2a.server.TaskPage;
import io.switchboard.orchestration.a2a.server.TaskQuery;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** JSON-RPC framing, version selection, and the 0.3 and 1.0 shapes of every operation. */
class JsonRpcDispatcherTest {

    private static final String MESSAGE_03 = """
            {"role":"user","messageId":"m-1","kind":"message","parts":[{"kind":"text","text":"hello"}]}""";
    private static final String MESSAGE_10 = """
            {"role":"ROLE_USER","messageId":"m-1","parts":[{"text":"hello"},{"data":{"n":1}}]}""";
    private static final Caller ALICE = new Caller("alice", false);

    private final List<Object> calls = new ArrayList<>();
    private JsonRpcDispatcher dispatcher;
    private RuntimeException failure;

    @BeforeEach
    void setUp() {
        dispatcher = new JsonRpcDispatcher();
        dispatcher.tasks = new FakeTasks();
        dispatcher.pushConfigs = new FakePush();
        dispatcher.extendedCards = new ExtendedCards() {
            @Override
            public AgentCard of(String agentId) {
                calls.add("extended-card " + agentId);
                return new AgentCard("echo (extended)", "d", "1", "http://h/a2a/agents/" + agentId, "JSONRPC", "0.3.0",
                        List.of(), List.of(), null, "http://h/openapi", null, List.of(), List.of(), List.of(),
                        Map.of(), List.of(), List.of(), true);
            }
        };
    }

    @Test
    void unparsableBodyIsAParseErrorWithNullId() {
        for (String body : new String[] {"{not json", "", "{\"a\":"}) {
            JsonObject response = single(null, body);
            assertThat(code(response)).as(body).isEqualTo(-32700);
            assertThat(response.get("id")).isEqualTo(JsonValue.NULL);
        }
    }

    @Test
    void badEnvelopesAreInvalidRequests() {
        assertThat(code(single(null, "[{\"jsonrpc\":\"2.0\"}]"))).isEqualTo(-32600);
        assertThat(code(single(null, "\"text\""))).isEqualTo(-32600);
        assertThat(code(single(null, "{\"id\":1,\"method\":\"message/send\"}"))).isEqualTo(-32600);
        assertThat(code(single(null, "{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"message/send\"}"))).isEqualTo(-32600);
        assertThat(code(single(null, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":42}"))).isEqualTo(-32600);
        JsonObject objectId = single(null, "{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"message/send\"}");
        assertThat(code(objectId)).isEqualTo(-32600);
        assertThat(objectId.get("id")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void methodsAreLookedUpInTheRequestedVersionOnly() {
        JsonObject v10NameWithoutHeader = single(null, request("SendMessage", "{}"));
        assertThat(code(v10NameWithoutHeader)).isEqualTo(-32601);
        assertThat(errorMessage(v10NameWithoutHeader)).contains("A2A-Version: 1.0");
        JsonObject v03NameWith10 = single("1.0", request("message/send", "{}"));
        assertThat(code(v03NameWith10)).isEqualTo(-32601);
        assertThat(v03NameWith10.getJsonObject("error").getJsonArray("data").getJsonObject(0).getString("reason"))
                .isEqualTo("METHOD_NOT_FOUND");
        assertThat(code(single(null, request("tasks/teleport", "{}")))).isEqualTo(-32601);
    }

    @Test
    void unsupportedVersionIs32009() {
        JsonObject response = single("2.0", request("SendMessage", "{}"));
        assertThat(code(response)).isEqualTo(-32009);
        assertThat(response.getJsonObject("error").getJsonArray("data").getJsonObject(0).getString("reason"))
                .isEqualTo("VERSION_NOT_SUPPORTED");
        assertThat(single("1.0.3", request("GetTask", "{\"id\":\"t-1\"}")).containsKey("result"))
                .as("the patch number is ignored").isTrue();
        assertThat(code(single("0.3.0", request("SendMessage", "{}")))).isEqualTo(-32601);
    }

    @Test
    void v03SendAnswersWithTheBareTaskAndBlocksByDefault() {
        JsonObject response = single(null, request("message/send", "{\"message\":" + MESSAGE_03 + "}"));
        assertThat(response.getString("id")).isEqualTo("r");
        JsonObject task = response.getJsonObject("result");
        assertThat(task.getString("kind")).isEqualTo("task");
        assertThat(task.getJsonObject("status").getString("state")).isEqualTo("completed");
        assertThat(calls).containsExactly("send alice hello wait");

        calls.clear();
        single(null, request("message/send", "{\"message\":" + MESSAGE_03 + ",\"configuration\":{\"blocking\":false}}"));
        assertThat(calls).containsExactly("send alice hello return");
    }

    @Test
    void v10SendConvertsShapesBothWays() {
        JsonObject response = single("1.0", request("SendMessage", "{\"message\":" + MESSAGE_10
                + ",\"configuration\":{\"returnImmediately\":true,\"historyLength\":1}}"));
        assertThat(calls).containsExactly("send alice hello return");
        JsonObject task = response.getJsonObject("result").getJsonObject("task");
        assertThat(task.containsKey("kind")).isFalse();
        assertThat(task.getJsonObject("status").getString("state")).isEqualTo("TASK_STATE_COMPLETED");
        JsonObject first = task.getJsonArray("history").getJsonObject(0);
        assertThat(first.getString("role")).isEqualTo("ROLE_USER");
        assertThat(first.containsKey("kind")).isFalse();
        assertThat(first.getJsonArray("parts").getJsonObject(0).getString("text")).isEqualTo("hello");
        assertThat(first.getJsonArray("parts").getJsonObject(1).getJsonObject("data").getInt("n")).isEqualTo(1);
        assertThat(task.getJsonArray("artifacts").getJsonObject(0).getJsonArray("parts").getJsonObject(0)
                .getString("text")).isEqualTo("echo:hello");
    }

    @Test
    void v10PartsNeedExactlyOneMemberAndRolesAreEnums() {
        assertThat(code(single("1.0", request("SendMessage",
                "{\"message\":{\"role\":\"ROLE_USER\",\"messageId\":\"m\",\"parts\":[{\"text\":\"a\",\"url\":\"u\"}]}}"))))
                .isEqualTo(-32602);
        assertThat(errorMessage(single("1.0", request("SendMessage",
                "{\"message\":{\"role\":\"user\",\"messageId\":\"m\",\"parts\":[{\"text\":\"a\"}]}}")))).contains("ROLE_USER");
    }

    @Test
    void getCancelAndListInBothVersions() {
        assertThat(single(null, request("tasks/get", "{\"id\":\"t-1\",\"historyLength\":3}"))
                .getJsonObject("result").getString("kind")).isEqualTo("task");
        assertThat(calls).containsExactly("get t-1 3");
        assertThat(single("1.0", request("CancelTask", "{\"id\":\"t-1\"}")).getJsonObject("result")
                .getJsonObject("status").getString("state")).isEqualTo("TASK_STATE_COMPLETED");

        JsonObject page = single("1.0", request("ListTasks", "{\"pageSize\":2,\"status\":\"TASK_STATE_WORKING\"}"))
                .getJsonObject("result");
        assertThat(page.getJsonArray("tasks")).hasSize(1);
        assertThat(page.getString("nextPageToken")).isNotEmpty();
        assertThat(page.getInt("totalSize")).isEqualTo(3);
        assertThat(calls).last().isEqualTo("list 2 working 0");
        String token = page.getString("nextPageToken");
        single("1.0", request("ListTasks", "{\"pageSize\":2,\"pageToken\":\"" + token + "\"}"));
        assertThat(calls).last().isEqualTo("list 2 null 1");

        assertThat(code(single("1.0", request("ListTasks", "{\"pageSize\":0}")))).isEqualTo(-32602);
        assertThat(code(single("1.0", request("ListTasks", "{\"pageToken\":\"garbage!\"}")))).isEqualTo(-32602);
        assertThat(code(single("1.0", request("ListTasks", "{\"status\":\"done\"}")))).isEqualTo(-32602);
        assertThat(code(single("1.0", request("ListTasks", "{\"statusTimestampAfter\":\"yesterday\"}")))).isEqualTo(-32602);
        assertThat(code(single(null, request("tasks/list", "{}")))).as("not in 0.3 JSON-RPC").isEqualTo(-32601);
        assertThat(code(single(null, request("tasks/get", "{}")))).isEqualTo(-32602);
    }

    @Test
    void extendedCardsAnswerInBothVersions() {
        JsonObject v03 = single(null, request("agent/getAuthenticatedExtendedCard", null)).getJsonObject("result");
        assertThat(v03.getString("name")).isEqualTo("echo (extended)");
        assertThat(v03.getString("documentationUrl")).isEqualTo("http://h/openapi");
        assertThat(v03.getBoolean("supportsAuthenticatedExtendedCard")).isTrue();
        JsonObject v10 = single("1.0", request("GetExtendedAgentCard", "{}")).getJsonObject("result");
        assertThat(v10.getString("name")).isEqualTo("echo (extended)");
        assertThat(calls).containsExactly("extended-card agent-x", "extended-card agent-x");
    }

    @Test
    void pushConfigsInTheShapesOfEachVersion() {
        JsonObject set03 = single(null, request("tasks/pushNotificationConfig/set", "{\"taskId\":\"t-1\","
                + "\"pushNotificationConfig\":{\"url\":\"https://hooks.example/a\",\"token\":\"tok\","
                + "\"authentication\":{\"schemes\":[\"Bearer\"],\"credentials\":\"secret\"}}}"))
                .getJsonObject("result");
        assertThat(calls).last().isEqualTo("push-set t-1 https://hooks.example/a Bearer secret 0.3");
        assertThat(set03.getString("taskId")).isEqualTo("t-1");
        assertThat(set03.getJsonObject("pushNotificationConfig").getString("id")).isEqualTo("cfg-1");
        assertThat(set03.toString()).doesNotContain("secret");

        JsonObject created10 = single("1.0", request("CreateTaskPushNotificationConfig", "{\"taskId\":\"t-1\","
                + "\"url\":\"https://hooks.example/b\",\"authentication\":{\"scheme\":\"Basic\",\"credentials\":\"c2VjcmV0\"}}"))
                .getJsonObject("result");
        assertThat(calls).last().isEqualTo("push-set t-1 https://hooks.example/b Basic c2VjcmV0 1.0");
        assertThat(created10.getString("id")).isEqualTo("cfg-1");
        assertThat(created10.getString("url")).isEqualTo("https://hooks.example/b");
        assertThat(created10.getJsonObject("authentication").getString("scheme")).isEqualTo("Basic");

        assertThat(single(null, request("tasks/pushNotificationConfig/list", "{\"id\":\"t-1\"}")).getJsonArray("result"))
                .hasSize(1);
        JsonObject list10 = single("1.0", request("ListTaskPushNotificationConfigs", "{\"taskId\":\"t-1\"}"))
                .getJsonObject("result");
        assertThat(list10.getJsonArray("configs")).hasSize(1);
        assertThat(list10.getString("nextPageToken")).isEmpty();
        assertThat(single(null, request("tasks/pushNotificationConfig/get", "{\"id\":\"t-1\"}"))
                .getJsonObject("result").getString("taskId")).isEqualTo("t-1");
        assertThat(single(null, request("tasks/pushNotificationConfig/delete",
                "{\"id\":\"t-1\",\"pushNotificationConfigId\":\"cfg-1\"}")).isNull("result")).isTrue();
        assertThat(single("1.0", request("DeleteTaskPushNotificationConfig", "{\"taskId\":\"t-1\",\"id\":\"cfg-1\"}"))
                .getJsonObject("result")).isEmpty();
        assertThat(calls).last().isEqualTo("push-delete t-1 cfg-1");
        assertThat(code(single("1.0", request("CreateTaskPushNotificationConfig", "{\"taskId\":\"t-1\"}")))).isEqualTo(-32602);
    }

    @Test
    void serviceErrorsBecomeJsonRpcErrorsExceptAMissingAgent() {
        failure = A2aException.taskNotFound("t-9");
        assertThat(code(single(null, request("tasks/get", "{\"id\":\"t-9\"}")))).isEqualTo(-32001);
        failure = PlatformException.conflict("agent-inactive", "Agent 'x' is inactive");
        assertThat(code(single(null, request("tasks/get", "{\"id\":\"t-9\"}")))).isEqualTo(-32004);
        failure = new IllegalStateException("boom");
        JsonObject internal = single(null, request("tasks/get", "{\"id\":\"t-9\"}"));
        assertThat(code(internal)).isEqualTo(-32603);
        assertThat(errorMessage(internal)).contains("incident").doesNotContain("boom");
        failure = PlatformException.notFound("agent-not-found", "No agent");
        assertThatThrownBy(() -> single(null, request("tasks/get", "{\"id\":\"t-9\"}"))).isSameAs(failure);
    }

    @Test
    void streamsAreServerSentEventsEndingWithTheFinalEvent() throws IOException {
        List<JsonObject> v03 = stream(null, request("message/stream", "{\"message\":" + MESSAGE_03 + "}"));
        assertThat(v03).extracting(e -> e.getJsonObject("result").getString("kind"))
                .containsExactly("task", "status-update");
        assertThat(v03.get(1).getJsonObject("result").getBoolean("final")).isTrue();

        List<JsonObject> v10 = stream("1.0", request("SendStreamingMessage", "{\"message\":" + MESSAGE_10 + "}"));
        assertThat(v10.get(0).getJsonObject("result").containsKey("task")).isTrue();
        JsonObject update = v10.get(1).getJsonObject("result").getJsonObject("statusUpdate");
        assertThat(update.containsKey("final")).isFalse();
        assertThat(update.getJsonObject("status").getString("state")).isEqualTo("TASK_STATE_COMPLETED");
    }

    // ---- helpers ----

    private JsonObject single(String version, String body) {
        A2aReply reply = dispatcher.dispatch("agent-x", version, body, ALICE);
        assertThat(reply).isInstanceOf(A2aReply.Single.class);
        return Json.createReader(new StringReader(((A2aReply.Single) reply).response())).readObject();
    }

    private List<JsonObject> stream(String version, String body) throws IOException {
        A2aReply reply = dispatcher.dispatch("agent-x", version, body, ALICE);
        assertThat(reply).isInstanceOf(A2aReply.Stream.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((A2aReply.Stream) reply).events().write(out);
        List<JsonObject> events = new ArrayList<>();
        for (String block : out.toString(StandardCharsets.UTF_8).split("\n\n")) {
            assertThat(block).startsWith("data: ");
            events.add(Json.createReader(new StringReader(block.substring(6))).readObject());
        }
        return events;
    }

    private static String request(String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":\"r\",\"method\":\"" + method + "\"" + (params == null ? "" : ",\"params\":"
                + params) + "}";
    }

    private static int code(JsonObject response) {
        return response.getJsonObject("error").getInt("code");
    }

    private static String errorMessage(JsonObject response) {
        return response.getJsonObject("error").getString("message");
    }

    private static Task completed(String id, Message message) {
        Message answer = Message.agentText("m-2", "c-1", id, "echo:" + message.joinedText());
        return new Task(id, "c-1", new TaskStatus(TaskState.COMPLETED, answer, "2026-01-01T00:00:00Z"),
                List.of(Artifact.text("a-1", "answer", "echo:" + message.joinedText())),
                List.of(message.inTask(id, "c-1"), answer), null, Task.KIND);
    }

    /** Records push-config calls and answers with a stored-looking configuration. */
    private final class FakePush extends PushConfigService {

        @Override
        public PushConfig set(String agentId, PushConfig config, Caller caller) {
            calls.add("push-set " + config.taskId() + " " + config.url() + " " + config.scheme() + " "
                    + config.credentials() + " " + config.version());
            return config.withId("cfg-1").withoutCredentials();
        }

        @Override
        public PushConfig get(String agentId, String taskId, String configId, Caller caller) {
            return new PushConfig(taskId, "cfg-1", "https://hooks.example/a", null, "Bearer", null, "0.3");
        }

        @Override
        public List<PushConfig> list(String agentId, String taskId, Caller caller) {
            return List.of(get(agentId, taskId, null, caller));
        }

        @Override
        public void delete(String agentId, String taskId, String configId, Caller caller) {
            calls.add("push-delete " + taskId + " " + configId);
        }
    }

    /** Records what the dispatcher asked for and answers with canned tasks. */
    private final class FakeTasks extends A2aTaskService {

        @Override
        public Task send(String agentId, MessageSendParams params, Caller caller, boolean returnImmediately,
                         String protocolVersion) {
            fail();
            calls.add("send " + caller.name() + " " + params.message().joinedText() + (returnImmediately ? " return" : " wait"));
            return completed("t-1", params.message());
        }

        @Override
        public PreparedStream openStream(String agentId, MessageSendParams params, Caller caller,
                                         String protocolVersion) {
            fail();
            Task done = completed("t-1", params.message());
            return listener -> {
                listener.onEvent(done);
                listener.onEvent(TaskStatusUpdateEvent.of("t-1", "c-1", done.status(), true));
            };
        }

        @Override
        public Task get(String agentId, String taskId, Integer historyLength, Caller caller) {
            fail();
            calls.add("get " + taskId + " " + historyLength);
            return completed(taskId, Message.userText("m-1", "c-1", "hi"));
        }

        @Override
        public Task cancel(String agentId, String taskId, Caller caller) {
            fail();
            return completed(taskId, Message.userText("m-1", "c-1", "hi"));
        }

        @Override
        public TaskPage list(String agentId, TaskQuery query, Caller caller) {
            fail();
            calls.add("list " + query.pageSize() + " " + query.state() + " " + query.offset());
            return new TaskPage(List.of(completed("t-1", Message.userText("m-1", "c-1", "hi"))),
                    query.offset() + 1 < 3 ? query.offset() + 1 : null, query.pageSize(), 3);
        }

        @Override
        public void resubscribe(String agentId, String taskId, Caller caller, TaskEventListener listener) {
            fail();
        }

        private void fail() {
            if (failure != null) {
                throw failure;
            }
        }
    }
}
