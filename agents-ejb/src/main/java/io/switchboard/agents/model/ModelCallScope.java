package io.switchboard.agents.model;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What one execution's model calls are made for: the agent, the platform task, the session, the model, and the
 * task's token budget (0 = none) with the tokens spent on it so far.
 */
public final class ModelCallScope {

    private final String agentId;
    private final String agentName;
    private final String taskId;
    private final String sessionId;
    private final ModelSpec spec;
    private final long taskTokenBudget;
    private final long dailyTokenBudget;
    private final AtomicLong spent = new AtomicLong();

    public ModelCallScope(String agentId, String agentName, String taskId, String sessionId, ModelSpec spec,
                          long taskTokenBudget, long dailyTokenBudget) {
        this.agentId = agentId;
        this.agentName = agentName;
        this.taskId = taskId;
        this.sessionId = sessionId;
        this.spec = spec;
        this.taskTokenBudget = taskTokenBudget;
        this.dailyTokenBudget = dailyTokenBudget;
    }

    public String agentId() {
        return agentId;
    }

    public String agentName() {
        return agentName;
    }

    public String taskId() {
        return taskId;
    }

    public String sessionId() {
        return sessionId;
    }

    public ModelSpec spec() {
        return spec;
    }

    public long taskTokenBudget() {
        return taskTokenBudget;
    }

    /** The agent's per-day budget (0 = none). */
    public long dailyTokenBudget() {
        return dailyTokenBudget;
    }

    public long spent() {
        return spent.get();
    }

    void spend(long tokens) {
        spent.addAndGet(tokens);
    }
}
