package io.switchboard.api.a2a;

/**
 * An A2A protocol error: the JSON-RPC error code (see {@link JsonRpc}) and a message for the caller. Agent
 * endpoints answer it as a JSON-RPC error with HTTP 200.
 */
public class A2aException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;

    public A2aException(int code, String message) {
        super(message);
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static A2aException taskNotFound(String taskId) {
        return new A2aException(JsonRpc.TASK_NOT_FOUND, "Task not found: " + taskId);
    }

    public static A2aException invalidParams(String detail) {
        return new A2aException(JsonRpc.INVALID_PARAMS, "Invalid params: " + detail);
    }

    public static A2aException unsupported(String detail) {
        return new A2aException(JsonRpc.UNSUPPORTED_OPERATION, detail);
    }
}
