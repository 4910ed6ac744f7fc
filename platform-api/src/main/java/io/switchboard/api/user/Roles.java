package io.switchboard.api.user;

import java.util.Set;

/** The platform's roles; a JWT carries them in its {@code groups} claim. */
public final class Roles {

    /** Everything, including users, agents and configuration. */
    public static final String ADMIN = "admin";
    /** Runs tasks and workflows, watches the platform. */
    public static final String OPERATOR = "operator";
    /** Reads status, agents and tasks. */
    public static final String VIEWER = "viewer";
    /** Agent-to-agent calls over A2A (service tokens). */
    public static final String AGENT = "agent";

    public static final Set<String> ALL = Set.of(ADMIN, OPERATOR, VIEWER, AGENT);

    private Roles() {
    }
}
