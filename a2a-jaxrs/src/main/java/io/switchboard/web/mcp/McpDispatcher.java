package io.switchboard.web.mcp;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.problem.ErrorKind;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.orchestration.mcp.McpCallResult;
import io.switchboard.orchestration.mcp.McpCatalog;
import io.switchboard.orchestration.mcp.McpTool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The MCP JSON-RPC methods a tools-only server answers: {@code initialize} (protocol version negotiation,
 * the tools capability), {@code ping}, {@code tools/list} and {@code tools/call}. A call's failure is a result
 * with {@code isError: true} the client's model can read (invalid arguments included); an unknown tool is
 * {@code -32602}; other methods {@code -32601}. Returns null for notifications and responses, which get no answer.
 */
@ApplicationScoped
public class McpDispatcher {

    private static final Logger LOG = Logger.getLogger(McpDispatcher.class.getName());
    /** Newest first: the answer to a client asking for a version not listed here. */
    static final List<String> PROTOCOL_VERSIONS = List.of("2025-11-25", "2025-06-18", "2025-03-26");
    static final int PARSE_ERROR = -32700;
    static final int INVALID_REQUEST = -32600;
    static final int METHOD_NOT_FOUND = -32601;
    static final int INVALID_PARAMS = -32602;
    static final int INTERNAL_ERROR = -32603;

    @Inject
    McpCatalog catalog;

    /** The answer to one message, or null when the message needs none (a notification or a response). */
    JsonObject dispatch(JsonValue message, String user, Set<String> roles) {
        if (!(message instanceof JsonObject request) || !"2.0".equals(text(request.get("jsonrpc")))) {
            return error(JsonValue.NULL, INVALID_REQUEST, "Invalid request: expected a JSON-RPC 2.0 object");
        }
        JsonValue id = request.get("id");
        if (!request.containsKey("method")) {
            if (request.containsKey("result") || request.containsKey("error")) {
                return null; // a response to a server request (this server sends none): accepted, not answered
            }
            return error(id == null ? JsonValue.NULL : id, INVALID_REQUEST, "Invalid request: method is required");
        }
        if (!(request.get("method") instanceof JsonString methodName)) {
            return error(id == null ? JsonValue.NULL : id, INVALID_REQUEST, "Invalid request: method must be a string");
        }
        String method = methodName.getString();
        if (id == null) {
            return null; // notifications/initialized, notifications/cancelled, ...
        }
        if (id.getValueType() != JsonValue.ValueType.STRING && id.getValueType() != JsonValue.ValueType.NUMBER) {
            return error(JsonValue.NULL, INVALID_REQUEST, "Invalid request: id must be a string or a number");
        }
        JsonValue params = request.get("params");
        if (params != null && !(params instanceof JsonObject)) {
            return error(id, INVALID_PARAMS, "params must be an object");
        }
        JsonObject p = params == null ? JsonValue.EMPTY_JSON_OBJECT : (JsonObject) params;
        try {
            return switch (method) {
                case "initialize" -> result(id, initialize(p));
                case "ping" -> result(id, JsonValue.EMPTY_JSON_OBJECT);
                case "tools/list" -> result(id, toolsList(roles));
                case "tools/call" -> toolsCall(id, p, user, roles);
                default -> error(id, METHOD_NOT_FOUND, "Method not found: " + method
                        + " (this server offers initialize, ping, tools/list and tools/call)");
            };
        } catch (PlatformException e) {
            return error(id, e.kind() == ErrorKind.NOT_FOUND || e.kind() == ErrorKind.INVALID ? INVALID_PARAMS
                    : INTERNAL_ERROR, e.getMessage());
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "MCP " + method + " failed (incident " + incident + ")", e);
            return error(id, INTERNAL_ERROR, "Internal error (incident " + incident + ")");
        }
    }

    private static JsonObject initialize(JsonObject params) {
        String requested = text(params.get("protocolVersion"));
        String version = PROTOCOL_VERSIONS.contains(requested) ? requested : PROTOCOL_VERSIONS.get(0);
        return Jsonp.JSON.createObjectBuilder()
                .add("protocolVersion", version)
                .add("capabilities", Jsonp.JSON.createObjectBuilder()
                        .add("tools", Jsonp.JSON.createObjectBuilder().add("listChanged", false)))
                .add("serverInfo", Jsonp.JSON.createObjectBuilder().add("name", "switchboard").add("title", "Switchboard")
                        .add("version", "0.1"))
                .add("instructions", "The tools of the Switchboard platform you may use, and its agents as tools named "
                        + "agent_<name> that send your message to that agent and return its answer.")
                .build();
    }

    private JsonObject toolsList(Set<String> roles) {
        JsonArrayBuilder tools = Jsonp.JSON.createArrayBuilder();
        for (McpTool tool : catalog.toolsFor(roles)) {
            JsonObjectBuilder entry = Jsonp.JSON.createObjectBuilder().add("name", tool.name())
                    .add("description", tool.description()).add("inputSchema", tool.inputSchema());
            if (tool.title() != null) {
                entry.add("title", tool.title());
            }
            tools.add(entry);
        }
        return Jsonp.JSON.createObjectBuilder().add("tools", tools).build();
    }

    private JsonObject toolsCall(JsonValue id, JsonObject params, String user, Set<String> roles) {
        String name = text(params.get("name"));
        if (name == null || name.isBlank()) {
            return error(id, INVALID_PARAMS, "params.name is required: the tool to call");
        }
        JsonValue arguments = params.get("arguments");
        if (arguments != null && arguments.getValueType() != JsonValue.ValueType.NULL && !(arguments instanceof JsonObject)) {
            return error(id, INVALID_PARAMS, "params.arguments must be an object");
        }
        McpCallResult result = catalog.call(name, arguments instanceof JsonObject a ? a : null, user, roles);
        JsonObjectBuilder body = Jsonp.JSON.createObjectBuilder()
                .add("content", Jsonp.JSON.createArrayBuilder().add(Jsonp.JSON.createObjectBuilder().add("type", "text")
                        .add("text", result.text() == null ? "" : result.text())))
                .add("isError", result.error());
        // no structuredContent: the tools declare no output schema, and clients read the text to their models
        return result(id, body.build());
    }

    /** The answers to a batch: one per request, none for notifications. */
    JsonArray dispatchBatch(JsonArray batch, String user, Set<String> roles) {
        JsonArrayBuilder answers = Jsonp.JSON.createArrayBuilder();
        for (JsonValue message : batch) {
            JsonObject answer = dispatch(message, user, roles);
            if (answer != null) {
                answers.add(answer);
            }
        }
        return answers.build();
    }

    static JsonObject result(JsonValue id, JsonValue result) {
        return Jsonp.JSON.createObjectBuilder().add("jsonrpc", "2.0").add("id", id).add("result", result).build();
    }

    static JsonObject error(JsonValue id, int code, String message) {
        return Jsonp.JSON.createObjectBuilder().add("jsonrpc", "2.0").add("id", id)
                .add("error", Jsonp.JSON.createObjectBuilder().add("code", code).add("message", message)).build();
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : null;
    }
}
