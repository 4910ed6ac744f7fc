package io.switchboard.agents.platform;

import java.sql.SQLException;

/** Tells a unique-key violation (a duplicate) apart from other database failures. */
public final class ConstraintViolations {

    /** SQLSTATE 23505: unique violation (standard SQL, used by PostgreSQL and H2). */
    private static final String UNIQUE_VIOLATION = "23505";

    private ConstraintViolations() {
    }

    public static boolean isDuplicate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().equals(UNIQUE_VIOLATION)) {
                return true;
            }
        }
        return false;
    }
}
