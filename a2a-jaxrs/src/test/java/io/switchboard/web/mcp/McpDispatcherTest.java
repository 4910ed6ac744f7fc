package io.switchboard.web.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.api.problem.PlatformException;
import io.switchboard.orchestration.mcp.McpCallResult;
import io.switchboard.orchestration.mcp.McpCatalog;
import io.switchboard.orchestration.mcp.McpTool;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class McpDispatcherTest {

    private final McpDispatcher dispatcher = new McpDispatcher();

    {
        dispatcher.catalog = new McpCatalog() {
            @Override
            public List<McpTool> toolsFor(Set<String> roles) {
                return List.of(new McpTool("calculator", null, "Evaluates", Json.createObjectBuilder()
                        .add("type", "object").build(), null));
            }

            @Override
            public McpCallResult call(String name, JsonObject arguments, String user, Set<String> roles) {
                if (!name.equals("calculator")) {
                    throw PlatformException.notFound("mcp-tool-not-found", "Unknown tool: " + name);
                }
                return arguments.containsKey("expression") ? new McpCallResult("1 + 1 = 2", false)
                        : McpCallResult.failure("expression: required property 'expression' not found");
            }
        };
    }

    private JsonObject send(String json) {
        return dispatcher.dispatch(Json.createReader(new StringReader(json)).readValue(), "alice", Set.of("operator"));
    }

    private static int code(JsonObject answer) {
        return answer.getJsonObject("error").getInt("code");
    }

    @Test
    void initializeNegotiatesTheProtocolVersionAndOffersTools() {
        JsonObject known = send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-03-26\"}}");
        assertThat(known.getJsonObject("result").getString("protocolVersion")).isEqualTo("2025-03-26");
        assertThat(known.getJsonObject("result").getJsonObject("capabilities").containsKey("tools")).isTrue();
        JsonObject unknown = send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"1999-01-01\"}}");
        assertThat(unknown.getJsonObject("result").getString("protocolVersion")).isEqualTo(McpDispatcher.PROTOCOL_VERSIONS.get(0));
        assertThat(send("{\"jsonrpc\":\"2.0\",\"id\":\"p\",\"method\":\"ping\"}").getJsonObject("result")).isEmpty();
    }

    @Test
    void notificationsAndResponsesGetNoAnswerButMalformedMessagesDo() {
        assertThat(send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}")).isNull();
        assertThat(send("{\"jsonrpc\":\"2.0\",\"id\":5,\"result\":{}}")).isNull();
        assertThat(code(send("{\"jsonrpc\":\"2.0\",\"id\":5}"))).isEqualTo(McpDispatcher.INVALID_REQUEST);
        assertThat(code(send("{\"id\":5,\"method\":\"ping\"}"))).isEqualTo(McpDispatcher.INVALID_REQUEST);
        assertThat(code(send("1"))).as("not an object").isEqualTo(McpDispatcher.INVALID_REQUEST);
        assertThat(code(send("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}"))).isEqualTo(McpDispatcher.INVALID_REQUEST);
        JsonObject unknown = send("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"resources/list\"}");
        assertThat(code(unknown)).isEqualTo(McpDispatcher.METHOD_NOT_FOUND);
        assertThat(unknown.getInt("id")).isEqualTo(9);
        assertThat(code(send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\",\"params\":[]}")))
                .isEqualTo(McpDispatcher.INVALID_PARAMS);
    }

    @Test
    void toolsAreListedAndCalledFailuresAreResultsUnknownToolsErrors() {
        JsonArray tools = send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}").getJsonObject("result")
                .getJsonArray("tools");
        assertThat(tools).singleElement().satisfies(t -> assertThat(t.asJsonObject().getString("name")).isEqualTo("calculator"));

        JsonObject ok = send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"calculator\","
                + "\"arguments\":{\"expression\":\"1+1\"}}}").getJsonObject("result");
        assertThat(ok.getBoolean("isError")).isFalse();
        assertThat(ok.getJsonArray("content").getJsonObject(0).getString("text")).isEqualTo("1 + 1 = 2");

        JsonObject invalid = send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"calculator\","
                + "\"arguments\":{}}}").getJsonObject("result");
        assertThat(invalid.getBoolean("isError")).as("a model can read and correct it").isTrue();

        assertThat(code(send("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"nope\"}}")))
                .isEqualTo(McpDispatcher.INVALID_PARAMS);
        assertThat(code(send("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{}}")))
                .isEqualTo(McpDispatcher.INVALID_PARAMS);
        assertThat(code(send("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/call\",\"params\":{\"name\":\"calculator\","
                + "\"arguments\":[1]}}"))).isEqualTo(McpDispatcher.INVALID_PARAMS);
    }

    @Test
    void aBatchIsAnsweredWithoutItsNotifications() {
        JsonArray answers = dispatcher.dispatchBatch(Json.createReader(new StringReader(
                "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"},{\"jsonrpc\":\"2.0\",\"method\":\"notifications/x\"}]"))
                .readArray(), "alice", Set.of("operator"));
        assertThat(answers).singleElement().satisfies(a -> assertThat(a.asJsonObject().getInt("id")).isEqualTo(1));
        assertThat(dispatcher.dispatchBatch(JsonValue.EMPTY_JSON_ARRAY, "alice", Set.of())).isEmpty();
    }
}
