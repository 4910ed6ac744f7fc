package io.switchboard.orchestration.a2a.client;

/** A failure worth retrying: the agent could not be reached or answered with HTTP 5xx. */
public class TransientA2aException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TransientA2aException(String message, Throwable cause) {
        super(message, cause);
    }
}
