package io.switchboard.agents.execution;

import io.switchboard.api.agent.AgentView;

/**
 * Does an agent's work for one incoming message. It reports through the {@link TaskContext}; returning
 * without ending the task completes it, and throwing fails it with the exception's message.
 */
public interface AgentExecutor {

    /** The name agents refer to this executor by. */
    String name();

    void execute(AgentView agent, TaskContext task) throws Exception;
}
