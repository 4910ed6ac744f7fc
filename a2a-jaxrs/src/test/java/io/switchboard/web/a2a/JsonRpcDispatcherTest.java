package io.switchboard.web.a2a;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.agents.execution.AgentExecutionService;
import io.switchboard.api.a2a.Artifact;
import io.switchboard.api.a2a.MessageSendParams;
import io.switchboard.api.a2a.Part;
import io.switchboard.api.a2a.Task;
import io.switchboard.api.a2a.TaskState;
import io.switchboard.api.a2a.TaskStatus;
import io.switchboard.api.problem.PlatformException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** JSON-RPC 2.0 framing and A2A error codes of an agent endpoint. */
class JsonRpcDispatcherTest {

    private static final String MESSAGE = """
            {"role":"user","messageId":"m-1","kind":"message","parts":[{"kind":"text","text":"hello"}]}""";

    private JsonRpcDispatcher dispatcher;
    private RuntimeException failure;

    @BeforeEach
    void setUp() {
        dispatcher = new JsonRpcDispatcher();
        dispatcher.execution = new AgentExecutionService() {
            @Override
            public Task sendMessage(String agentId, MessageSendParams params) {
                if (failure != null) {
                    throw failure;
                }
                String text = params.message().joinedText();
                return new Task("t-1", "c-1", new TaskStatus(TaskState.COMPLETED, null, null),
                        List.of(new Artifact("a", null, null, List.of(Part.text(agentId + ":" + text)), null)),
                        List.of(), null, Task.KIND);
            }
        };
    }

    @Test
    void messageSendAnswersWithTheTaskAndEchoesTheId() {
        JsonObject response = dispatch("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"message/send\",\"params\":{\"message\":"
                + MESSAGE + "}}");
        assertThat(response.getString("jsonrpc")).isEqualTo("2.0");
        assertThat(response.getInt("id")).isEqualTo(7);
        assertThat(response.containsKey("error")).isFalse();
        JsonObject task = response.getJsonObject("result");
        assertThat(task.getString("kind")).isEqualTo("task");
        assertThat(task.getJsonArray("artifacts").getJsonObject(0).getJsonArray("parts").getJsonObject(0)
                .getString("text")).isEqualTo("agent-x:hello");
    }

    @Test
    void unparsableBodyIsAParseErrorWithNullId() {
        for (String body : new String[] {"{not json", "", "[1,2]", "\"text\""}) {
            JsonObject response = dispatch(body);
            assertThat(code(response)).as(body).isEqualTo(-32700);
            assertThat(response.get("id")).isEqualTo(JsonValue.NULL);
        }
    }

    @Test
    void badEnvelopesAreInvalidRequests() {
        assertThat(code(dispatch("{\"id\":1,\"method\":\"message/send\"}"))).isEqualTo(-32600);
        assertThat(code(dispatch("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"message/send\"}"))).isEqualTo(-32600);
        assertThat(code(dispatch("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":42}"))).isEqualTo(-32600);
        JsonObject objectId = dispatch("{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"message/send\"}");
        assertThat(code(objectId)).isEqualTo(-32600);
        assertThat(objectId.get("id")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void unknownMethodIsMethodNotFound() {
        JsonObject response = dispatch("{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"method\":\"tasks/teleport\",\"params\":{}}");
        assertThat(code(response)).isEqualTo(-32601);
        assertThat(response.getString("id")).isEqualTo("x");
        assertThat(response.getJsonObject("error").getString("message")).contains("tasks/teleport");
    }

    @Test
    void badParamsAreInvalidParamsWithAReason() {
        assertThat(message(dispatch(send(null)))).contains("params");
        assertThat(message(dispatch(send("{}")))).contains("'message' is required");
        assertThat(message(dispatch(send("{\"message\":{\"role\":\"agent\",\"messageId\":\"m\",\"parts\":[]}}"))))
                .contains("role");
        assertThat(message(dispatch(send("{\"message\":{\"role\":\"user\",\"parts\":[{\"kind\":\"text\",\"text\":\"x\"}]}}"))))
                .contains("messageId");
        assertThat(message(dispatch(send("{\"message\":{\"role\":\"user\",\"messageId\":\"m\",\"parts\":[]}}"))))
                .contains("at least one part");
        JsonObject wrongType = dispatch(send("{\"message\":{\"role\":\"user\",\"messageId\":\"m\",\"parts\":\"x\"}}"));
        assertThat(code(wrongType)).isEqualTo(-32602);
    }

    @Test
    void refusalsOfTheAgentBecomeJsonRpcErrors() {
        failure = PlatformException.invalid("message-empty", "The message has no text part with content");
        assertThat(code(dispatch(send("{\"message\":" + MESSAGE + "}")))).isEqualTo(-32602);
        failure = PlatformException.conflict("agent-inactive", "Agent 'x' is inactive");
        JsonObject inactive = dispatch(send("{\"message\":" + MESSAGE + "}"));
        assertThat(code(inactive)).isEqualTo(-32004);
        assertThat(inactive.getJsonObject("error").getString("message")).contains("inactive");
    }

    @Test
    void unknownAgentIsNotAJsonRpcAnswer() {
        failure = PlatformException.notFound("agent-not-found", "No agent");
        assertThatThrownBy(() -> dispatch(send("{\"message\":" + MESSAGE + "}"))).isSameAs(failure);
    }

    private JsonObject dispatch(String body) {
        return dispatcher.dispatch("agent-x", body);
    }

    private static String send(String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":\"r\",\"method\":\"message/send\"" + (params == null ? "" : ",\"params\":" + params) + "}";
    }

    private static int code(JsonObject response) {
        return response.getJsonObject("error").getInt("code");
    }

    private static String message(JsonObject response) {
        assertThat(code(response)).isEqualTo(-32602);
        return response.getJsonObject("error").getString("message");
    }
}
