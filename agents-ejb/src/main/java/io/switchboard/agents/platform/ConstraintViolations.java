package io.switchboard.agents.platform;

import java.sql.SQLException;

/** Tells a unique-key or other integrity-constraint violation apart from other database failures. */
public final class ConstraintViolations {

    /** SQLSTATE class 23: integrity constraint violation (standard SQL, used by PostgreSQL and H2). */
    private static final String INTEGRITY_CONSTRAINT_CLASS = "23";

    private ConstraintViolations() {
    }

    public static boolean isConstraintViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
