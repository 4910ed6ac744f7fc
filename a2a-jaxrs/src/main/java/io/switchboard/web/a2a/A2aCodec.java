package io.switchboard.web.a2a;

import io.switchboard.api.a2a.MessageSendParams;
import io.switchboard.api.a2a.Task;
import io.switchboard.orchestration.a2a.server.TaskPage;
import io.switchboard.orchestration.a2a.server.TaskQuery;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** How one A2A protocol version names methods and shapes params, results, events and errors. */
interface A2aCodec {

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

    JsonValue sendResult(Task task);

    JsonValue task(Task task);

    /** A streamed event: a Task, a TaskStatusUpdateEvent or a TaskArtifactUpdateEvent. */
    JsonValue event(Object event);

    JsonValue page(TaskPage page);

    /** The {@code error} member for a code and message. */
    JsonObject error(int code, String message);
}
