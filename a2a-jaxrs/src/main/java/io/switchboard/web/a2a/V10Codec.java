package io.switchboard.web.a2a;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.a2a.A2aException;
import io.switchboard.api.a2a.A2aV1Shapes;
import io.switchboard.api.a2a.JsonRpc;
import io.switchboard.api.a2a.MessageSendParams;
import io.switchboard.api.a2a.Task;
import io.switchboard.api.a2a.TaskArtifactUpdateEvent;
import io.switchboard.api.a2a.TaskStatusUpdateEvent;
import io.switchboard.orchestration.a2a.push.PushConfig;
import io.switchboard.orchestration.a2a.server.TaskPage;
import io.switchboard.orchestration.a2a.server.TaskQuery;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A2A 1.0 over JSON-RPC: PascalCase method names, ProtoJSON shapes, send results and stream events wrapped
 * in their oneof member, errors with a google.rpc.ErrorInfo in {@code data}.
 */
final class V10Codec implements A2aCodec {

    private static final Map<String, Operation> METHODS = Map.ofEntries(
            Map.entry(JsonRpc.SEND_MESSAGE, Operation.SEND),
            Map.entry(JsonRpc.SEND_STREAMING_MESSAGE, Operation.STREAM),
            Map.entry(JsonRpc.GET_TASK, Operation.GET),
            Map.entry(JsonRpc.LIST_TASKS, Operation.LIST),
            Map.entry(JsonRpc.CANCEL_TASK, Operation.CANCEL),
            Map.entry(JsonRpc.SUBSCRIBE_TO_TASK, Operation.SUBSCRIBE),
            Map.entry(JsonRpc.CREATE_PUSH_CONFIG, Operation.PUSH_SET),
            Map.entry(JsonRpc.GET_PUSH_CONFIG, Operation.PUSH_GET),
            Map.entry(JsonRpc.LIST_PUSH_CONFIGS, Operation.PUSH_LIST),
            Map.entry(JsonRpc.DELETE_PUSH_CONFIG, Operation.PUSH_DELETE),
            Map.entry(JsonRpc.GET_EXTENDED_AGENT_CARD, Operation.EXTENDED_CARD));

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(JsonRpc.PARSE_ERROR, "PARSE_ERROR"),
            Map.entry(JsonRpc.INVALID_REQUEST, "INVALID_REQUEST"),
            Map.entry(JsonRpc.METHOD_NOT_FOUND, "METHOD_NOT_FOUND"),
            Map.entry(JsonRpc.INVALID_PARAMS, "INVALID_PARAMS"),
            Map.entry(JsonRpc.INTERNAL_ERROR, "INTERNAL"),
            Map.entry(JsonRpc.TASK_NOT_FOUND, "TASK_NOT_FOUND"),
            Map.entry(JsonRpc.TASK_NOT_CANCELABLE, "TASK_NOT_CANCELABLE"),
            Map.entry(JsonRpc.PUSH_NOTIFICATION_NOT_SUPPORTED, "PUSH_NOTIFICATION_NOT_SUPPORTED"),
            Map.entry(JsonRpc.UNSUPPORTED_OPERATION, "UNSUPPORTED_OPERATION"),
            Map.entry(JsonRpc.CONTENT_TYPE_NOT_SUPPORTED, "CONTENT_TYPE_NOT_SUPPORTED"),
            Map.entry(JsonRpc.INVALID_AGENT_RESPONSE, "INVALID_AGENT_RESPONSE"),
            Map.entry(JsonRpc.EXTENDED_CARD_NOT_CONFIGURED, "EXTENDED_AGENT_CARD_NOT_CONFIGURED"),
            Map.entry(JsonRpc.EXTENSION_SUPPORT_REQUIRED, "EXTENSION_SUPPORT_REQUIRED"),
            Map.entry(JsonRpc.VERSION_NOT_SUPPORTED, "VERSION_NOT_SUPPORTED"));

    @Override
    public Operation operation(String method) {
        return METHODS.get(method);
    }

    @Override
    public MessageSendParams sendParams(JsonValue params) {
        JsonObject object = A2aJson.object(params, "a 'message'");
        JsonObjectBuilder v03 = Jsonp.JSON.createObjectBuilder().add("message", A2aV1Shapes.messageIn(object.get("message")));
        if (object.containsKey("metadata")) {
            v03.add("metadata", object.get("metadata"));
        }
        JsonValue configuration = object.get("configuration");
        if (configuration != null && configuration.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject config = configuration.asJsonObject();
            JsonObjectBuilder converted = Jsonp.JSON.createObjectBuilder();
            if (config.containsKey("acceptedOutputModes")) {
                converted.add("acceptedOutputModes", config.get("acceptedOutputModes"));
            }
            Integer historyLength = A2aJson.integer(config, "historyLength");
            if (historyLength != null) {
                converted.add("historyLength", historyLength);
            }
            JsonValue push = config.get("taskPushNotificationConfig");
            if (push != null && push.getValueType() == JsonValue.ValueType.OBJECT) {
                PushConfig webhook = webhookOf(push.asJsonObject(), null);
                JsonObjectBuilder v03Webhook = Jsonp.JSON.createObjectBuilder().add("url", webhook.url());
                optional(v03Webhook, "id", webhook.id());
                optional(v03Webhook, "token", webhook.token());
                if (webhook.scheme() != null) {
                    JsonObjectBuilder auth = Jsonp.JSON.createObjectBuilder()
                            .add("schemes", Jsonp.JSON.createArrayBuilder().add(webhook.scheme()));
                    optional(auth, "credentials", webhook.credentials());
                    v03Webhook.add("authentication", auth);
                }
                converted.add("pushNotificationConfig", v03Webhook);
            }
            v03.add("configuration", converted);
        }
        return A2aJson.bind(v03.build(), MessageSendParams.class, "params");
    }

    @Override
    public boolean returnImmediately(JsonValue params) {
        JsonValue configuration = params.asJsonObject().get("configuration");
        if (configuration == null || configuration.getValueType() != JsonValue.ValueType.OBJECT) {
            return false;
        }
        return Boolean.TRUE.equals(A2aJson.bool(configuration.asJsonObject(), "returnImmediately"));
    }

    @Override
    public String taskId(JsonValue params) {
        return A2aJson.required(A2aJson.object(params, "the task 'id'"), "id");
    }

    @Override
    public Integer historyLength(JsonValue params) {
        return A2aJson.integer(A2aJson.object(params, "the task 'id'"), "historyLength");
    }

    @Override
    public TaskQuery listQuery(JsonValue params) {
        JsonObject object = params == null || params.getValueType() == JsonValue.ValueType.NULL
                ? JsonValue.EMPTY_JSON_OBJECT : A2aJson.object(params, null);
        Integer pageSize = A2aJson.integer(object, "pageSize");
        int size = pageSize == null ? TaskQuery.DEFAULT_PAGE_SIZE : pageSize;
        if (size < 1 || size > TaskQuery.MAX_PAGE_SIZE) {
            throw A2aException.invalidParams("'pageSize' must be between 1 and " + TaskQuery.MAX_PAGE_SIZE);
        }
        String status = A2aJson.string(object, "status");
        String after = A2aJson.string(object, "statusTimestampAfter");
        Instant statusAfter;
        try {
            statusAfter = after == null ? null : Instant.parse(after);
        } catch (DateTimeParseException e) {
            throw A2aException.invalidParams("'statusTimestampAfter' must be an RFC 3339 UTC timestamp");
        }
        return new TaskQuery(A2aJson.string(object, "contextId"), status == null ? null : A2aV1Shapes.stateIn(status),
                statusAfter, size, offsetOf(A2aJson.string(object, "pageToken")), A2aJson.integer(object, "historyLength"),
                Boolean.TRUE.equals(A2aJson.bool(object, "includeArtifacts")));
    }

    @Override
    public String sendResult(Task task) {
        return Jsonp.JSON.createObjectBuilder().add("task", taskJson(task)).build().toString();
    }

    @Override
    public String task(Task task) {
        return taskJson(task).toString();
    }

    private static JsonObject taskJson(Task task) {
        return A2aV1Shapes.task(A2aJson.toJson(task));
    }

    @Override
    public String event(Object event) {
        return eventJson(event).toString();
    }

    private static JsonObject eventJson(Object event) {
        JsonValue v03 = A2aJson.toJson(event);
        if (event instanceof Task) {
            return Jsonp.JSON.createObjectBuilder().add("task", A2aV1Shapes.task(v03)).build();
        }
        if (event instanceof TaskStatusUpdateEvent) {
            return Jsonp.JSON.createObjectBuilder().add("statusUpdate", A2aV1Shapes.statusUpdate(v03)).build();
        }
        if (event instanceof TaskArtifactUpdateEvent) {
            return Jsonp.JSON.createObjectBuilder().add("artifactUpdate", A2aV1Shapes.artifactUpdate(v03)).build();
        }
        throw new IllegalArgumentException("not a stream event: " + event);
    }

    @Override
    public JsonValue page(TaskPage page) {
        var tasks = Jsonp.JSON.createArrayBuilder();
        page.tasks().forEach(t -> tasks.add(taskJson(t)));
        return Jsonp.JSON.createObjectBuilder()
                .add("tasks", tasks)
                .add("nextPageToken", page.nextOffset() == null ? "" : tokenOf(page.nextOffset()))
                .add("pageSize", page.pageSize())
                .add("totalSize", page.totalSize())
                .build();
    }

    @Override
    public PushConfig pushConfigIn(JsonValue params) {
        JsonObject object = A2aJson.object(params, "'taskId' and 'url'");
        return webhookOf(object, A2aJson.required(object, "taskId"));
    }

    @Override
    public PushRef pushRef(JsonValue params) {
        JsonObject object = A2aJson.object(params, "'taskId' and 'id'");
        return new PushRef(A2aJson.required(object, "taskId"), A2aJson.required(object, "id"));
    }

    @Override
    public String pushListTask(JsonValue params) {
        return A2aJson.required(A2aJson.object(params, "'taskId'"), "taskId");
    }

    @Override
    public JsonValue pushConfig(PushConfig config) {
        JsonObjectBuilder out = Jsonp.JSON.createObjectBuilder().add("id", config.id()).add("taskId", config.taskId())
                .add("url", config.url());
        optional(out, "token", config.token());
        if (config.scheme() != null) {
            out.add("authentication", Jsonp.JSON.createObjectBuilder().add("scheme", config.scheme()));
        }
        return out.build();
    }

    @Override
    public JsonValue pushConfigs(List<PushConfig> configs) {
        var array = Jsonp.JSON.createArrayBuilder();
        configs.forEach(c -> array.add(pushConfig(c)));
        return Jsonp.JSON.createObjectBuilder().add("configs", array).add("nextPageToken", "").build();
    }

    @Override
    public JsonValue pushDeleted() {
        return JsonValue.EMPTY_JSON_OBJECT;
    }

    /** A 1.0 (flat) push configuration. */
    private static PushConfig webhookOf(JsonObject config, String taskId) {
        String url = A2aJson.required(config, "url");
        String scheme = null;
        String credentials = null;
        JsonValue auth = config.get("authentication");
        if (auth != null && auth.getValueType() == JsonValue.ValueType.OBJECT) {
            scheme = A2aJson.required(auth.asJsonObject(), "scheme");
            credentials = A2aJson.string(auth.asJsonObject(), "credentials");
        }
        return new PushConfig(taskId, A2aJson.string(config, "id"), url, A2aJson.string(config, "token"), scheme,
                credentials, PushConfig.V1_0);
    }

    private static void optional(JsonObjectBuilder builder, String name, String value) {
        if (value != null) {
            builder.add(name, value);
        }
    }

    @Override
    public JsonObject error(int code, String message) {
        JsonObject info = Jsonp.JSON.createObjectBuilder()
                .add("@type", "type.googleapis.com/google.rpc.ErrorInfo")
                .add("reason", REASONS.getOrDefault(code, "UNKNOWN"))
                .add("domain", "a2a-protocol.org")
                .build();
        return Jsonp.JSON.createObjectBuilder().add("code", code).add("message", message)
                .add("data", Jsonp.JSON.createArrayBuilder().add(info)).build();
    }

    private static String tokenOf(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offsetOf(String token) {
        if (token == null || token.isEmpty()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith("o:")) {
                int offset = Integer.parseInt(decoded.substring(2));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw A2aException.invalidParams("'pageToken' is not a token this server issued");
    }
}
