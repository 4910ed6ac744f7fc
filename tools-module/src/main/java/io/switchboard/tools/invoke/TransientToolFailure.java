package io.switchboard.tools.invoke;

/** A failure that may pass on its own (connection refused, HTTP 5xx, a restarting MCP server): retried with backoff. */
public class TransientToolFailure extends ToolFailure {

    private static final long serialVersionUID = 1L;

    public TransientToolFailure(String message) {
        super(message);
    }

    public TransientToolFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
