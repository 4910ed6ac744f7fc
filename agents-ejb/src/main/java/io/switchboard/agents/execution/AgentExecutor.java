package io.switchboard.agents.execution;

import io.switchboard.api.agent.AgentView;

/**
 * Does an agent's work for one incoming message. It reports through the {@link TaskContext}; returning
 * without ending the task completes it, and throwing fails it with the exception's message.
 */
public interface AgentExecutor {

    /** The name agents refer to this executor by. */
    String name();

    /** The media types of file parts this executor reads (the agent's card and the A2A server accept them). */
    default java.util.Set<String> acceptedFileTypes() {
        return java.util.Set.of();
    }

    void execute(AgentView agent, TaskContext task) throws Exception;
}
