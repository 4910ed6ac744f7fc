package io.switchboard.web;

import io.switchboard.api.problem.PlatformException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Query parameters the resources parse themselves, with a 400 problem naming the parameter when malformed. */
public final class QueryParams {

    private QueryParams() {
    }

    /** An ISO-8601 instant, or null when absent. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw PlatformException.invalid("validation", name + " must be an ISO-8601 instant such as 2026-12-01T00:00:00Z");
        }
    }
}
