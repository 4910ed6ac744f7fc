package io.switchboard.api.a2a;

/**
 * JSON-RPC 2.0 constants with the A2A method names of both protocol versions and the A2A error codes.
 * See docs/a2a-protocol-notes.md.
 */
public final class JsonRpc {

    public static final String VERSION = "2.0";

    /** A2A 0.3.0 method names. */
    public static final String MESSAGE_SEND = "message/send";
    public static final String MESSAGE_STREAM = "message/stream";
    public static final String TASKS_GET = "tasks/get";
    public static final String TASKS_CANCEL = "tasks/cancel";
    public static final String TASKS_RESUBSCRIBE = "tasks/resubscribe";
    public static final String PUSH_CONFIG_SET = "tasks/pushNotificationConfig/set";
    public static final String PUSH_CONFIG_GET = "tasks/pushNotificationConfig/get";
    public static final String PUSH_CONFIG_LIST = "tasks/pushNotificationConfig/list";
    public static final String PUSH_CONFIG_DELETE = "tasks/pushNotificationConfig/delete";
    public static final String AUTHENTICATED_EXTENDED_CARD = "agent/getAuthenticatedExtendedCard";

    /** A2A 1.0 method names. */
    public static final String SEND_MESSAGE = "SendMessage";
    public static final String SEND_STREAMING_MESSAGE = "SendStreamingMessage";
    public static final String GET_TASK = "GetTask";
    public static final String LIST_TASKS = "ListTasks";
    public static final String CANCEL_TASK = "CancelTask";
    public static final String SUBSCRIBE_TO_TASK = "SubscribeToTask";
    public static final String CREATE_PUSH_CONFIG = "CreateTaskPushNotificationConfig";
    public static final String GET_PUSH_CONFIG = "GetTaskPushNotificationConfig";
    public static final String LIST_PUSH_CONFIGS = "ListTaskPushNotificationConfigs";
    public static final String DELETE_PUSH_CONFIG = "DeleteTaskPushNotificationConfig";
    public static final String GET_EXTENDED_AGENT_CARD = "GetExtendedAgentCard";

    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;
    public static final int TASK_NOT_FOUND = -32001;
    public static final int TASK_NOT_CANCELABLE = -32002;
    public static final int PUSH_NOTIFICATION_NOT_SUPPORTED = -32003;
    public static final int UNSUPPORTED_OPERATION = -32004;
    public static final int CONTENT_TYPE_NOT_SUPPORTED = -32005;
    public static final int INVALID_AGENT_RESPONSE = -32006;
    public static final int EXTENDED_CARD_NOT_CONFIGURED = -32007;
    public static final int EXTENSION_SUPPORT_REQUIRED = -32008;
    public static final int VERSION_NOT_SUPPORTED = -32009;

    /** The request header that selects the protocol version (absent or empty: 0.3). */
    public static final String VERSION_HEADER = "A2A-Version";

    private JsonRpc() {
    }
}
