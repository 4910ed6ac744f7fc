package io.switchboard.console.concurrent;

/** A failure in words for a status line: the first message found along the cause chain. */
public final class Failures {

    private Failures() {
    }

    public static String describe(Throwable failure) {
        Throwable t = failure;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
