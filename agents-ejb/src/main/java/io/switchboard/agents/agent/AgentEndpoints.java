package io.switchboard.agents.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where each agent's A2A JSON-RPC endpoint and agent card are: its own URL if remote, this server's if local. */
@ApplicationScoped
public class AgentEndpoints {

    public static final String A2A_AGENTS_PATH = "/a2a/agents/";
    public static final String PLATFORM_PATH = "/a2a";

    @Inject
    @ConfigProperty(name = "switchboard.a2a.base-url", defaultValue = "http://127.0.0.1:9080")
    String baseUrl;

    public String endpointOf(Agent agent) {
        return agent.getEndpointUrl() != null ? agent.getEndpointUrl() : localEndpoint(agent.getId());
    }

    public String cardOf(Agent agent) {
        return agent.isRemote() ? agent.getCardUrl() : endpointOf(agent) + io.switchboard.api.a2a.AgentCard.WELL_KNOWN_PATH;
    }

    public String localEndpoint(String agentId) {
        return stripTrailingSlash(baseUrl) + A2A_AGENTS_PATH + agentId;
    }

    /** The orchestrator's own A2A endpoint, the platform's front door. */
    public String platformEndpoint() {
        return stripTrailingSlash(baseUrl) + PLATFORM_PATH;
    }

    /** The OpenAPI document of the REST API, linked from the authenticated extended cards. */
    public String documentationUrl() {
        return stripTrailingSlash(baseUrl) + "/openapi";
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
