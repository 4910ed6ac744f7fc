package io.switchboard.web.a2a;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.a2a.A2aException;
import io.switchboard.api.a2a.JsonRpc;
import io.switchboard.api.a2a.TaskState;
import io.switchboard.api.problem.ErrorKind;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.orchestration.a2a.push.PushConfigService;
import io.switchboard.orchestration.a2a.server.A2aTaskService;
import io.switchboard.orchestration.a2a.server.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.switchboard.web.body.StrictJson;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns one JSON-RPC 2.0 request into its answer: parses and checks the envelope, picks the protocol version
 * from the {@code A2A-Version} header, maps the method to an operation of the A2A task service, and renders
 * the result, the stream or the JSON-RPC error in that version's shapes. Bad input never throws; only an
 * unknown agent does, since then the endpoint itself does not exist (HTTP 404).
 */
@ApplicationScoped
public class JsonRpcDispatcher {

    private static final Logger LOG = Logger.getLogger(JsonRpcDispatcher.class.getName());
    private static final Map<A2aVersion, A2aCodec> CODECS = Map.of(A2aVersion.V0_3, new V03Codec(),
            A2aVersion.V1_0, new V10Codec());

    @Inject
    A2aTaskService tasks;

    @Inject
    PushConfigService pushConfigs;

    @Inject
    ExtendedCards extendedCards;

    public A2aReply dispatch(String agentId, String versionHeader, String body, Caller caller) {
        Optional<A2aVersion> version = A2aVersion.fromHeader(versionHeader);
        A2aCodec codec = CODECS.get(version.orElse(A2aVersion.V1_0));
        JsonObject request;
        try {
            JsonValue parsed = StrictJson.parse(body == null ? "" : body);
            if (parsed.getValueType() != JsonValue.ValueType.OBJECT) {
                return single(error(codec, JsonValue.NULL, JsonRpc.INVALID_REQUEST,
                        "Invalid request: the body must be one JSON-RPC request object (batches are not supported)"));
            }
            request = parsed.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            return single(error(codec, JsonValue.NULL, JsonRpc.PARSE_ERROR, "Parse error: the body is not valid JSON"));
        }
        JsonValue id = request.getOrDefault("id", JsonValue.NULL);
        if (!validId(id)) {
            return single(error(codec, JsonValue.NULL, JsonRpc.INVALID_REQUEST,
                    "Invalid request: 'id' must be a string, a number or null"));
        }
        if (!JsonRpc.VERSION.equals(stringOrNull(request, "jsonrpc"))) {
            return single(error(codec, id, JsonRpc.INVALID_REQUEST, "Invalid request: 'jsonrpc' must be \"2.0\""));
        }
        String method = stringOrNull(request, "method");
        if (method == null) {
            return single(error(codec, id, JsonRpc.INVALID_REQUEST, "Invalid request: 'method' must be a string"));
        }
        if (version.isEmpty()) {
            return single(error(codec, id, JsonRpc.VERSION_NOT_SUPPORTED, "A2A version '" + versionHeader
                    + "' is not supported; this endpoint speaks 1.0 and 0.3 (no " + JsonRpc.VERSION_HEADER + " header)"));
        }
        Operation operation = codec.operation(method);
        if (operation == null) {
            return single(error(codec, id, JsonRpc.METHOD_NOT_FOUND, "Method not found: " + method
                    + otherVersionHint(version.get(), method)));
        }
        try {
            return run(agentId, codec, operation, id, request.get("params"), caller, version.get());
        } catch (A2aException e) {
            return single(error(codec, id, e.code(), e.getMessage()));
        } catch (PlatformException e) {
            if (e.kind() == ErrorKind.NOT_FOUND) {
                throw e; // no agent at this URL: HTTP 404, not a JSON-RPC answer
            }
            int code = e.kind() == ErrorKind.INVALID ? JsonRpc.INVALID_PARAMS : JsonRpc.UNSUPPORTED_OPERATION;
            return single(error(codec, id, code, e.getMessage()));
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "A2A request failed, incident " + incident, e);
            return single(error(codec, id, JsonRpc.INTERNAL_ERROR, "Internal error, incident " + incident));
        }
    }

    private A2aReply run(String agentId, A2aCodec codec, Operation operation, JsonValue id, JsonValue params,
                         Caller caller, A2aVersion version) {
        return switch (operation) {
            case SEND -> {
                var send = codec.sendParams(params);
                yield single(result(id, codec.sendResult(tasks.send(agentId, send, caller,
                        codec.returnImmediately(params), version.wire()))));
            }
            case GET -> single(result(id, codec.task(tasks.get(agentId, codec.taskId(params),
                    codec.historyLength(params), caller))));
            case LIST -> single(result(id, codec.page(tasks.list(agentId, codec.listQuery(params), caller)).toString()));
            case CANCEL -> single(result(id, codec.task(tasks.cancel(agentId, codec.taskId(params), caller))));
            case STREAM -> {
                var stream = tasks.openStream(agentId, codec.sendParams(params), caller, version.wire());
                yield new A2aReply.Stream(out -> {
                    SseWriter sse = new SseWriter(out);
                    streamSafely(sse, codec, id, () -> stream.run(event -> sse.send(result(id, codec.event(event)))));
                });
            }
            case SUBSCRIBE -> {
                String taskId = codec.taskId(params);
                if (TaskState.isTerminal(tasks.get(agentId, taskId, 0, caller).status())) {
                    throw A2aException.unsupported("Task " + taskId + " has ended; there are no events to subscribe to");
                }
                yield new A2aReply.Stream(out -> {
                    SseWriter sse = new SseWriter(out);
                    streamSafely(sse, codec, id, () -> tasks.resubscribe(agentId, taskId, caller,
                            event -> sse.send(result(id, codec.event(event)))));
                });
            }
            case PUSH_SET -> single(result(id, codec.pushConfig(pushConfigs.set(agentId, codec.pushConfigIn(params),
                    caller)).toString()));
            case PUSH_GET -> {
                A2aCodec.PushRef ref = codec.pushRef(params);
                yield single(result(id, codec.pushConfig(pushConfigs.get(agentId, ref.taskId(), ref.configId(), caller))
                        .toString()));
            }
            case PUSH_LIST -> single(result(id, codec.pushConfigs(pushConfigs.list(agentId, codec.pushListTask(params),
                    caller)).toString()));
            case PUSH_DELETE -> {
                A2aCodec.PushRef ref = codec.pushRef(params);
                if (ref.configId() == null) {
                    throw A2aException.invalidParams("'pushNotificationConfigId' is required");
                }
                pushConfigs.delete(agentId, ref.taskId(), ref.configId(), caller);
                yield single(result(id, codec.pushDeleted().toString()));
            }
            case EXTENDED_CARD -> single(result(id, A2aJson.toText(extendedCards.of(agentId))));
        };
    }

    /** Errors after the stream started travel as a JSON-RPC error event, then the stream ends. */
    private static void streamSafely(SseWriter sse, A2aCodec codec, JsonValue id, Runnable stream) {
        try {
            stream.run();
        } catch (A2aException e) {
            sse.send(error(codec, id, e.code(), e.getMessage()).toString());
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "A2A stream failed, incident " + incident, e);
            sse.send(error(codec, id, JsonRpc.INTERNAL_ERROR, "Internal error, incident " + incident).toString());
        }
    }

    private static String otherVersionHint(A2aVersion version, String method) {
        A2aVersion other = version == A2aVersion.V0_3 ? A2aVersion.V1_0 : A2aVersion.V0_3;
        if (CODECS.get(other).operation(method) == null) {
            return "";
        }
        return other == A2aVersion.V1_0
                ? " (an A2A 1.0 method: send the header " + JsonRpc.VERSION_HEADER + ": 1.0)"
                : " (an A2A 0.3 method: use its 1.0 name, or send no " + JsonRpc.VERSION_HEADER + " header)";
    }

    private static A2aReply single(JsonObject response) {
        return new A2aReply.Single(response.toString());
    }

    private static A2aReply single(String response) {
        return new A2aReply.Single(response);
    }

    /** A JSON-RPC response around a result that is already JSON text (no parse and rewrite on the hot path). */
    static String result(JsonValue id, String resultJson) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":" + resultJson + "}";
    }

    static JsonObject error(A2aCodec codec, JsonValue id, int code, String message) {
        return envelope(id).add("error", codec.error(code, message)).build();
    }

    private static JsonObjectBuilder envelope(JsonValue id) {
        return Jsonp.JSON.createObjectBuilder().add("jsonrpc", JsonRpc.VERSION).add("id", id);
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
                ? ((JsonString) value).getString() : null;
    }
}
