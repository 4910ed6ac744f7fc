package io.switchboard.agents.agent;

import io.switchboard.api.a2a.AgentCard;
import io.switchboard.api.agent.AgentView;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Builds the A2A agent card of a registered agent. */
@Stateless
public class AgentCards {

    public static final String SECURITY_SCHEME = "bearer";

    @Inject
    AgentRegistry registry;

    public AgentCard cardOf(String agentId) {
        AgentView agent = registry.find(agentId);
        List<AgentCard.Skill> skills = List.of(new AgentCard.Skill(agent.name(), agent.name(),
                agent.description() == null ? "Answers text messages" : agent.description(),
                List.copyOf(agent.tools()), List.of()));
        return new AgentCard(agent.name(),
                agent.description() == null ? "Switchboard agent " + agent.name() : agent.description(),
                agent.endpointUrl(), versionOf(agent), AgentCard.PROTOCOL_VERSION, AgentCard.TRANSPORT_JSONRPC,
                new AgentCard.Capabilities(false, false, false),
                List.of("text/plain"), List.of("text/plain"), skills,
                Map.of(SECURITY_SCHEME, new AgentCard.SecurityScheme("http", "bearer", "JWT",
                        "A Switchboard JWT (POST /api/auth/token) with the agent, operator or admin role")),
                List.of(Map.of(SECURITY_SCHEME, List.of())));
    }

    private static String versionOf(AgentView agent) {
        return String.valueOf(agent.updatedAt() == null ? 0 : agent.updatedAt().toEpochMilli());
    }
}
