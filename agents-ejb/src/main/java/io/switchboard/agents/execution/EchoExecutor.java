package io.switchboard.agents.execution;

import io.switchboard.api.a2a.Message;
import io.switchboard.api.agent.AgentView;
import jakarta.enterprise.context.ApplicationScoped;

/** Answers with the text of the incoming message: deterministic and needs no model. */
@ApplicationScoped
public class EchoExecutor implements AgentExecutor {

    @Override
    public String name() {
        return "echo";
    }

    @Override
    public String answer(AgentView agent, Message message) {
        return message.joinedText();
    }
}
