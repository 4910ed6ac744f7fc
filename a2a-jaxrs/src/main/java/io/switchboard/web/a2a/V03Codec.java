package io.switchboard.web.a2a;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.a2a.A2aException;
import io.switchboard.api.a2a.JsonRpc;
import io.switchboard.api.a2a.PushNotificationConfig;
import io.switchboard.api.a2a.TaskPushNotificationConfig;
import io.switchboard.api.a2a.MessageSendParams;
import io.switchboard.api.a2a.Task;
import io.switchboard.orchestration.a2a.push.PushConfig;
import io.switchboard.orchestration.a2a.server.TaskPage;
import io.switchboard.orchestration.a2a.server.TaskQuery;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;

/** A2A 0.3.0: slash-separated method names, objects told apart by {@code kind}, bare results. */
final class V03Codec implements A2aCodec {

    private static final Map<String, Operation> METHODS = Map.ofEntries(
            Map.entry(JsonRpc.MESSAGE_SEND, Operation.SEND),
            Map.entry(JsonRpc.MESSAGE_STREAM, Operation.STREAM),
            Map.entry(JsonRpc.TASKS_GET, Operation.GET),
            Map.entry(JsonRpc.TASKS_CANCEL, Operation.CANCEL),
            Map.entry(JsonRpc.TASKS_RESUBSCRIBE, Operation.SUBSCRIBE),
            Map.entry(JsonRpc.PUSH_CONFIG_SET, Operation.PUSH_SET),
            Map.entry(JsonRpc.PUSH_CONFIG_GET, Operation.PUSH_GET),
            Map.entry(JsonRpc.PUSH_CONFIG_LIST, Operation.PUSH_LIST),
            Map.entry(JsonRpc.PUSH_CONFIG_DELETE, Operation.PUSH_DELETE),
            Map.entry(JsonRpc.AUTHENTICATED_EXTENDED_CARD, Operation.EXTENDED_CARD));

    @Override
    public Operation operation(String method) {
        return METHODS.get(method);
    }

    @Override
    public MessageSendParams sendParams(JsonValue params) {
        JsonObject object = A2aJson.object(params, "a 'message'");
        return A2aJson.bind(object, MessageSendParams.class, "params");
    }

    @Override
    public boolean returnImmediately(JsonValue params) {
        JsonValue configuration = params.asJsonObject().get("configuration");
        if (configuration == null || configuration.getValueType() != JsonValue.ValueType.OBJECT) {
            return false;
        }
        Boolean blocking = A2aJson.bool(configuration.asJsonObject(), "blocking");
        return Boolean.FALSE.equals(blocking);
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
        throw new IllegalStateException("A2A 0.3 has no tasks/list over JSON-RPC");
    }

    @Override
    public String sendResult(Task task) {
        return A2aJson.toText(task);
    }

    @Override
    public String task(Task task) {
        return A2aJson.toText(task);
    }

    @Override
    public String event(Object event) {
        return A2aJson.toText(event);
    }

    @Override
    public JsonValue page(TaskPage page) {
        throw new IllegalStateException("A2A 0.3 has no tasks/list over JSON-RPC");
    }

    @Override
    public PushConfig pushConfigIn(JsonValue params) {
        TaskPushNotificationConfig config = A2aJson.bind(A2aJson.object(params, "'taskId' and 'pushNotificationConfig'"),
                TaskPushNotificationConfig.class, "params");
        PushNotificationConfig webhook = config.pushNotificationConfig();
        if (webhook == null) {
            throw A2aException.invalidParams("'pushNotificationConfig' is required");
        }
        PushNotificationConfig.Authentication auth = webhook.authentication();
        String scheme = auth == null || auth.schemes() == null || auth.schemes().isEmpty() ? null : auth.schemes().get(0);
        return new PushConfig(config.taskId(), webhook.id(), webhook.url(), webhook.token(), scheme,
                auth == null ? null : auth.credentials(), PushConfig.V0_3);
    }

    @Override
    public PushRef pushRef(JsonValue params) {
        JsonObject object = A2aJson.object(params, "the task 'id'");
        return new PushRef(A2aJson.required(object, "id"), A2aJson.string(object, "pushNotificationConfigId"));
    }

    @Override
    public String pushListTask(JsonValue params) {
        return A2aJson.required(A2aJson.object(params, "the task 'id'"), "id");
    }

    @Override
    public JsonValue pushConfig(PushConfig config) {
        PushNotificationConfig.Authentication auth = config.scheme() == null ? null
                : new PushNotificationConfig.Authentication(List.of(config.scheme()), null);
        return A2aJson.toJson(new TaskPushNotificationConfig(config.taskId(),
                new PushNotificationConfig(config.id(), config.url(), config.token(), auth)));
    }

    @Override
    public JsonValue pushConfigs(List<PushConfig> configs) {
        var array = Jsonp.JSON.createArrayBuilder();
        configs.forEach(c -> array.add(pushConfig(c)));
        return array.build();
    }

    @Override
    public JsonValue pushDeleted() {
        return JsonValue.NULL;
    }

    @Override
    public JsonObject error(int code, String message) {
        return Jsonp.JSON.createObjectBuilder().add("code", code).add("message", message).build();
    }
}
