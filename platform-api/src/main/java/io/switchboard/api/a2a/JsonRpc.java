package io.switchboard.api.a2a;

/** JSON-RPC 2.0 constants and the A2A method names and error codes (A2A 0.3.0). */
public final class JsonRpc {

    public static final String VERSION = "2.0";

    public static final String MESSAGE_SEND = "message/send";

    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;
    public static final int TASK_NOT_FOUND = -32001;
    public static final int UNSUPPORTED_OPERATION = -32004;

    private JsonRpc() {
    }
}
