package io.switchboard.tools.invoke;

/**
 * A tool could not do what was asked; the message is written for the caller (a person or a model), e.g.
 * "division by zero" or "host example.org is not allow-listed". Not retried.
 */
public class ToolFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ToolFailure(String message) {
        super(message);
    }

    public ToolFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
