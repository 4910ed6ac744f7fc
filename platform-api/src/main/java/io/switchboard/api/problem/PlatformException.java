package io.switchboard.api.problem;

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

    public PlatformException(ErrorKind kind, String code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
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
}
