package io.switchboard.orchestration.a2a.client;

import io.switchboard.agents.agent.AgentRegistry;
import io.switchboard.api.agent.AgentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How to call a registered agent: a local agent at this server's endpoint with the platform's service token;
 * a remote agent at its own endpoint, in the protocol version its card offers, with its own bearer token if
 * one was registered.
 */
@ApplicationScoped
public class AgentTargets {

    @Inject
    AgentRegistry registry;

    public A2aTarget of(AgentView agent) {
        if (!"remote".equals(agent.kind())) {
            return A2aTarget.platformAgent(agent.name(), agent.endpointUrl());
        }
        return new A2aTarget(agent.name(), agent.endpointUrl(), agent.protocolVersion(),
                registry.credentialsOf(agent.id()));
    }
}
