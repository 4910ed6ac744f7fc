package io.switchboard.agents.agent;

import io.switchboard.api.a2a.AgentCard;
import io.switchboard.api.agent.AgentHealth;
import io.switchboard.api.agent.AgentStatus;
import io.switchboard.api.agent.AgentView;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds A2A agent cards: one per registered agent, and the platform's own card (the orchestrator's front
 * door). Each card carries the fields of A2A 0.3 and 1.0 and names the same JSON-RPC URL for both versions.
 */
@Stateless
public class AgentCards {

    public static final String SECURITY_SCHEME = "bearer";
    private static final String AUTH_HELP =
            "A Switchboard JWT (POST /api/auth/token) with the agent, operator or admin role";
    private static final List<String> TEXT = List.of("text/plain");

    @Inject
    AgentRegistry registry;

    @Inject
    AgentEndpoints endpoints;

    @Inject
    AgentHosting hosting;

    public AgentCard cardOf(String agentIdOrName) {
        AgentView agent = hosting.servedHere(registry.find(agentIdOrName));
        List<String> tags = agent.tools().isEmpty() ? List.of(agent.kind()) : agent.tools();
        AgentCard.Skill skill = new AgentCard.Skill(agent.name(), agent.name(), describe(agent), tags, List.of(),
                TEXT, TEXT);
        return card(agent.name(), describe(agent), versionOf(agent), agent.endpointUrl(), List.of(skill));
    }

    /** The platform's card: send it any request and the orchestrator routes it to one of these agents. */
    public AgentCard platformCard(String platformVersion) {
        List<AgentCard.Skill> skills = new ArrayList<>();
        for (AgentView agent : registry.list()) {
            if (AgentStatus.ACTIVE.equals(agent.status()) && !AgentHealth.OFFLINE.equals(agent.health())) {
                List<String> tags = agent.tools().isEmpty() ? List.of(agent.kind()) : agent.tools();
                skills.add(new AgentCard.Skill(agent.name(), agent.name(),
                        describe(agent) + " (agent card: " + agent.cardUrl() + ")", tags, List.of(), TEXT, TEXT));
            }
        }
        return card("Switchboard", "Switchboard orchestrator: routes each request to the agent that should answer it "
                        + "and answers with that agent's result", platformVersion, endpoints.platformEndpoint(), skills);
    }

    private static AgentCard card(String name, String description, String version, String url,
                                  List<AgentCard.Skill> skills) {
        List<AgentCard.AgentInterface> both = List.of(
                new AgentCard.AgentInterface(url, null, AgentCard.TRANSPORT_JSONRPC, "1.0"),
                new AgentCard.AgentInterface(url, null, AgentCard.TRANSPORT_JSONRPC, "0.3"));
        return new AgentCard(name, description, version, url, AgentCard.TRANSPORT_JSONRPC, AgentCard.PROTOCOL_VERSION,
                List.of(new AgentCard.AgentInterface(url, AgentCard.TRANSPORT_JSONRPC, null, null)), both,
                new AgentCard.Provider("Switchboard", url.replaceFirst("(https?://[^/]+).*", "$1")), null,
                new AgentCard.Capabilities(true, true, false, false), TEXT, TEXT, skills,
                Map.of(SECURITY_SCHEME, bearerScheme()),
                List.of(Map.of(SECURITY_SCHEME, List.of())),
                List.of(Map.of("schemes", Map.of(SECURITY_SCHEME, Map.of("list", List.of())))),
                false);
    }

    /** One entry readable by both versions: 0.3's {@code type/scheme} and 1.0's {@code httpAuthSecurityScheme}. */
    private static Map<String, Object> bearerScheme() {
        Map<String, Object> scheme = new LinkedHashMap<>();
        scheme.put("type", "http");
        scheme.put("scheme", "bearer");
        scheme.put("bearerFormat", "JWT");
        scheme.put("description", AUTH_HELP);
        scheme.put("httpAuthSecurityScheme", Map.of("scheme", "Bearer", "bearerFormat", "JWT", "description", AUTH_HELP));
        return scheme;
    }

    private static String describe(AgentView agent) {
        return agent.description() == null || agent.description().isBlank()
                ? "Switchboard agent " + agent.name() : agent.description();
    }

    private static String versionOf(AgentView agent) {
        return String.valueOf(agent.updatedAt() == null ? 0 : agent.updatedAt().toEpochMilli());
    }
}
