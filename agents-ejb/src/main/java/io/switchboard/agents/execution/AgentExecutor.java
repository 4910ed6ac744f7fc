package io.switchboard.agents.execution;

import io.switchboard.api.a2a.Message;
import io.switchboard.api.agent.AgentView;

/** Produces an agent's answer to one incoming message. */
public interface AgentExecutor {

    /** The name agents refer to this executor by. */
    String name();

    /** The answer text for the message. */
    String answer(AgentView agent, Message message);
}
