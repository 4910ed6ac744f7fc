package io.switchboard.api.problem;

import java.util.List;
import java.util.Objects;

/**
 * A failure the platform reports to its caller: what kind it is, a stable problem code (the last segment of
 * the problem type URI, e.g. {@code agent-not-found}) and a message written for the caller.
 */
public class PlatformException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    public static final String TYPE_PREFIX = "urn:switchboard:problem:";

    private final ErrorKind kind;
    private final String code;
    private final transient List<Problem.FieldError> errors;
    private final Integer retryAfterSeconds;

    public PlatformException(ErrorKind kind, String code, String message) {
        this(kind, code, message, null, null);
    }

    private PlatformException(ErrorKind kind, String code, String message, List<Problem.FieldError> errors,
                              Integer retryAfterSeconds) {
        super(Objects.requireNonNull(message, "message"));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.errors = errors == null ? null : List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Each invalid field or value, when the failure is about several of them; else null. */
    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** For {@link ErrorKind#TOO_MANY_REQUESTS}: seconds until a retry may succeed; else null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ErrorKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String type() {
        return TYPE_PREFIX + code;
    }

    public static PlatformException notFound(String code, String message) {
        return new PlatformException(ErrorKind.NOT_FOUND, code, message);
    }

    public static PlatformException conflict(String code, String message) {
        return new PlatformException(ErrorKind.CONFLICT, code, message);
    }

    public static PlatformException invalid(String code, String message) {
        return new PlatformException(ErrorKind.INVALID, code, message);
    }

    /** A 400 listing every problem found, each with where it is ({@code field}) and what is wrong. */
    public static PlatformException invalid(String code, String message, List<Problem.FieldError> errors) {
        return new PlatformException(ErrorKind.INVALID, code, message, errors, null);
    }

    public static PlatformException forbidden(String code, String message) {
        return new PlatformException(ErrorKind.FORBIDDEN, code, message);
    }

    public static PlatformException tooManyRequests(String code, String message, int retryAfterSeconds) {
        return new PlatformException(ErrorKind.TOO_MANY_REQUESTS, code, message, null, Math.max(1, retryAfterSeconds));
    }
}
