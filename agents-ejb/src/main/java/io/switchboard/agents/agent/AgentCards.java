package io.switchboard.agents.agent;

import io.switchboard.api.a2a.AgentCard;
import io.switchboard.api.agent.AgentHealth;
import io.switchboard.api.agent.AgentSkill;
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
 * <p>
 * Every card has an authenticated extended variant ({@code agent/getAuthenticatedExtendedCard},
 * {@code GetExtendedAgentCard}) for callers holding a JWT: it adds the OpenAPI link, each agent's kind,
 * status, health and tools, and, on the platform card, every registered agent, also those that are disabled
 * or offline and so absent from the public card.
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
        return agentCard(agentIdOrName, false);
    }

    /** The card an authenticated caller gets from the agent's JSON-RPC endpoint. */
    public AgentCard extendedCardOf(String agentIdOrName) {
        return agentCard(agentIdOrName, true);
    }

    /** The platform's card: send it any request and the orchestrator routes it to one of these agents. */
    public AgentCard platformCard(String platformVersion) {
        return platform(platformVersion, false);
    }

    /** The platform card an authenticated caller gets from {@code /a2a}: every registered agent, with its state. */
    public AgentCard extendedPlatformCard(String platformVersion) {
        return platform(platformVersion, true);
    }

    private AgentCard agentCard(String agentIdOrName, boolean extended) {
        AgentView agent = hosting.servedHere(registry.find(agentIdOrName));
        List<AgentCard.Skill> skills = new ArrayList<>();
        for (AgentSkill declared : agent.skills()) {
            String description = declared.description() == null || declared.description().isBlank() ? declared.name()
                    : declared.description();
            skills.add(new AgentCard.Skill(declared.id(), declared.name(),
                    extended ? description + " " + state(agent) : description,
                    declared.tags().isEmpty() ? tags(agent) : declared.tags(), declared.examples(), TEXT, TEXT));
        }
        if (skills.isEmpty()) {
            skills.add(new AgentCard.Skill(agent.name(), agent.name(),
                    extended ? describe(agent) + " " + state(agent) : describe(agent), tags(agent), List.of(), TEXT, TEXT));
        }
        return card(agent.name(), describe(agent), versionOf(agent), agent.endpointUrl(), skills,
                extended ? endpoints.documentationUrl() : null);
    }

    private AgentCard platform(String platformVersion, boolean extended) {
        List<AgentCard.Skill> skills = new ArrayList<>();
        for (AgentView agent : registry.list()) {
            boolean routable = AgentStatus.ACTIVE.equals(agent.status()) && !AgentHealth.OFFLINE.equals(agent.health());
            if (routable || extended) {
                String description = describe(agent) + " (agent card: " + agent.cardUrl() + ")";
                List<String> examples = agent.skills().stream().flatMap(k -> k.examples().stream()).limit(5).toList();
                skills.add(new AgentCard.Skill(agent.name(), agent.name(),
                        extended ? description + " " + state(agent) : description, tags(agent), examples, TEXT, TEXT));
            }
        }
        return card("Switchboard", "Switchboard orchestrator: routes each request to the agent that should answer it "
                        + "and answers with that agent's result", platformVersion, endpoints.platformEndpoint(), skills,
                extended ? endpoints.documentationUrl() : null);
    }

    private static List<String> tags(AgentView agent) {
        return agent.tools().isEmpty() ? List.of(agent.kind()) : agent.tools();
    }

    /** What only authenticated callers learn about an agent. */
    private static String state(AgentView agent) {
        return "[kind " + agent.kind() + ", status " + agent.status() + ", health " + agent.health()
                + (agent.tools().isEmpty() ? "" : ", tools " + String.join(", ", agent.tools())) + "]";
    }

    private static AgentCard card(String name, String description, String version, String url,
                                  List<AgentCard.Skill> skills, String documentationUrl) {
        List<AgentCard.AgentInterface> both = List.of(
                new AgentCard.AgentInterface(url, null, AgentCard.TRANSPORT_JSONRPC, "1.0"),
                new AgentCard.AgentInterface(url, null, AgentCard.TRANSPORT_JSONRPC, "0.3"));
        return new AgentCard(name, description, version, url, AgentCard.TRANSPORT_JSONRPC, AgentCard.PROTOCOL_VERSION,
                List.of(new AgentCard.AgentInterface(url, AgentCard.TRANSPORT_JSONRPC, null, null)), both,
                new AgentCard.Provider("Switchboard", url.replaceFirst("(https?://[^/]+).*", "$1")), documentationUrl,
                new AgentCard.Capabilities(true, true, false, true), TEXT, TEXT, skills,
                Map.of(SECURITY_SCHEME, bearerScheme()),
                List.of(Map.of(SECURITY_SCHEME, List.of())),
                List.of(Map.of("schemes", Map.of(SECURITY_SCHEME, Map.of("list", List.of())))),
                true);
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
