package io.switchboard.api.agent;

/**
 * How an agent is doing, as the platform last saw it: {@code active} (answers), {@code degraded} (answers,
 * but slowly or with a card that no longer validates) or {@code offline} (does not answer). Local agents are
 * active; remote agents are polled.
 */
public final class AgentHealth {

    public static final String ACTIVE = "active";
    public static final String DEGRADED = "degraded";
    public static final String OFFLINE = "offline";

    private AgentHealth() {
    }
}
