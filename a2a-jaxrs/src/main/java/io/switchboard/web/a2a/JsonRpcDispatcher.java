package io.switchboard.web.a2a;

import io.switchboard.agents.execution.AgentExecutionService;
import io.switchboard.api.a2a.JsonRpc;
import io.switchboard.api.a2a.Message;
import io.switchboard.api.a2a.MessageSendParams;
import io.switchboard.api.problem.ErrorKind;
import io.switchboard.api.problem.PlatformException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;

/**
 * Turns one JSON-RPC 2.0 request body into one JSON-RPC response object: parse, check the envelope, route
 * the method, bind the params, call the agent, and answer with a result or a JSON-RPC error. Bad input
 * never throws; only an unknown agent does, since then the endpoint itself does not exist (HTTP 404).
 */
@ApplicationScoped
public class JsonRpcDispatcher {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Inject
    AgentExecutionService execution;

    public JsonObject dispatch(String agentId, String body) {
        JsonObject request;
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            request = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return error(JsonValue.NULL, JsonRpc.PARSE_ERROR, "Parse error: the body is not a JSON object");
        }
        JsonValue id = request.getOrDefault("id", JsonValue.NULL);
        if (!validId(id)) {
            return error(JsonValue.NULL, JsonRpc.INVALID_REQUEST, "Invalid request: 'id' must be a string, a number or null");
        }
        if (!JsonRpc.VERSION.equals(stringOrNull(request, "jsonrpc"))) {
            return error(id, JsonRpc.INVALID_REQUEST, "Invalid request: 'jsonrpc' must be \"2.0\"");
        }
        String method = stringOrNull(request, "method");
        if (method == null) {
            return error(id, JsonRpc.INVALID_REQUEST, "Invalid request: 'method' must be a string");
        }
        if (!JsonRpc.MESSAGE_SEND.equals(method)) {
            return error(id, JsonRpc.METHOD_NOT_FOUND, "Method not found: " + method);
        }
        return messageSend(agentId, id, request.get("params"));
    }

    private JsonObject messageSend(String agentId, JsonValue id, JsonValue params) {
        if (params == null || params.getValueType() != JsonValue.ValueType.OBJECT) {
            return error(id, JsonRpc.INVALID_PARAMS, "Invalid params: 'params' must be an object with a 'message'");
        }
        MessageSendParams sendParams;
        try {
            sendParams = jsonb.fromJson(params.toString(), MessageSendParams.class);
        } catch (JsonbException e) {
            return error(id, JsonRpc.INVALID_PARAMS, "Invalid params: " + e.getMessage());
        }
        String problem = checkMessage(sendParams.message());
        if (problem != null) {
            return error(id, JsonRpc.INVALID_PARAMS, "Invalid params: " + problem);
        }
        try {
            Object task = execution.sendMessage(agentId, sendParams);
            return result(id, task);
        } catch (PlatformException e) {
            if (e.kind() == ErrorKind.NOT_FOUND) {
                throw e; // no agent at this URL: HTTP 404, not a JSON-RPC answer
            }
            int code = e.kind() == ErrorKind.INVALID ? JsonRpc.INVALID_PARAMS : JsonRpc.UNSUPPORTED_OPERATION;
            return error(id, code, e.getMessage());
        }
    }

    private static String checkMessage(Message message) {
        if (message == null) {
            return "'message' is required";
        }
        if (!Message.ROLE_USER.equals(message.role())) {
            return "'message.role' must be \"user\"";
        }
        if (message.messageId() == null || message.messageId().isBlank()) {
            return "'message.messageId' is required";
        }
        if (message.parts() == null || message.parts().isEmpty()) {
            return "'message.parts' must hold at least one part";
        }
        return null;
    }

    private JsonObject result(JsonValue id, Object result) {
        try (JsonReader reader = Json.createReader(new StringReader(jsonb.toJson(result)))) {
            return envelope(id).add("result", reader.readObject()).build();
        }
    }

    static JsonObject error(JsonValue id, int code, String message) {
        return envelope(id).add("error", Json.createObjectBuilder().add("code", code).add("message", message)).build();
    }

    private static JsonObjectBuilder envelope(JsonValue id) {
        return Json.createObjectBuilder().add("jsonrpc", JsonRpc.VERSION).add("id", id);
    }

    private static boolean validId(JsonValue id) {
        return switch (id.getValueType()) {
            case STRING, NUMBER, NULL -> true;
            default -> false;
        };
    }

    private static String stringOrNull(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING
                ? ((jakarta.json.JsonString) value).getString() : null;
    }
}
