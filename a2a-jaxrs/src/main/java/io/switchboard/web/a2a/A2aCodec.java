package io.switchboard.web.a2a;

import io.switchboard.api.a2a.MessageSendParams;
import io.switchboard.api.a2a.Task;
import io.switchboard.orchestration.a2a.push.PushConfig;
import io.switchboard.orchestration.a2a.server.TaskPage;
import io.switchboard.orchestration.a2a.server.TaskQuery;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/** How one A2A protocol version names methods and shapes params, results, events and errors. */
interface A2aCodec {

    /** A task id and a push config id. */
    record PushRef(String taskId, String configId) {
    }

    /** The operation a method name stands for in this version, or null when this version has no such method. */
    Operation operation(String method);

    MessageSendParams sendParams(JsonValue params);

    /** True when the caller does not want to wait for the task to pause or end. */
    boolean returnImmediately(JsonValue params);

    /** The task id of get, cancel and subscribe params. */
    String taskId(JsonValue params);

    /** The history length of get params, or null. */
    Integer historyLength(JsonValue params);

    TaskQuery listQuery(JsonValue params);

    /** The result of a send, as JSON text. */
    String sendResult(Task task);

    /** A task, as JSON text. */
    String task(Task task);

    /** A streamed event (a Task, a TaskStatusUpdateEvent or a TaskArtifactUpdateEvent), as JSON text. */
    String event(Object event);

    JsonValue page(TaskPage page);

    /** The webhook of a push-config set (0.3) or create (1.0) request. */
    PushConfig pushConfigIn(JsonValue params);

    /** Task id and config id of a push-config get or delete request (the config id may be null for 0.3 get). */
    PushRef pushRef(JsonValue params);

    /** The task id of a push-config list request. */
    String pushListTask(JsonValue params);

    JsonValue pushConfig(PushConfig config);

    JsonValue pushConfigs(List<PushConfig> configs);

    /** The result of a push-config delete. */
    JsonValue pushDeleted();

    /** The {@code error} member for a code and message. */
    JsonObject error(int code, String message);
}
