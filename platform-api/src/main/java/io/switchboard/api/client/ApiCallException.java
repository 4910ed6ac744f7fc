package io.switchboard.api.client;

import io.switchboard.api.problem.Problem;

import java.util.List;

/**
 * A call the server refused or could not answer: the HTTP status (0 when the server was not reached) and the
 * problem document it sent, if any.
 */
public class ApiCallException extends RuntimeException {

    private final int status;
    private final transient Problem problem;

    public ApiCallException(int status, Problem problem, String message) {
        super(message);
        this.status = status;
        this.problem = problem;
    }

    /** The server could not be reached at all. */
    public static ApiCallException unreachable(String server, Throwable cause) {
        ApiCallException e = new ApiCallException(0, null, "Cannot reach the server at " + server + " ("
                + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()) + ")");
        e.initCause(cause);
        return e;
    }

    public int status() {
        return status;
    }

    public Problem problem() {
        return problem;
    }

    public boolean unreachable() {
        return status == 0;
    }

    /** The field errors of a validation problem; empty when there are none. */
    public List<Problem.FieldError> fieldErrors() {
        return problem == null || problem.errors() == null ? List.of() : problem.errors();
    }
}
