package io.switchboard.api.agent;

/** Lifecycle status values of an agent, as they appear on the wire. */
public final class AgentStatus {

    public static final String ACTIVE = "active";
    public static final String INACTIVE = "inactive";

    private AgentStatus() {
    }
}
