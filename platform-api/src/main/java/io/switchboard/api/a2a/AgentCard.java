package io.switchboard.api.a2a;

import java.util.List;
import java.util.Map;

/**
 * An A2A agent card carrying the fields of both protocol versions, so that 0.3 and 1.0 clients read the same
 * document: 0.3's {@code url}/{@code preferredTransport}/{@code protocolVersion}/{@code security} and 1.0's
 * {@code supportedInterfaces}/{@code securityRequirements}. Security schemes are free-form maps because the
 * two versions shape them differently (see docs/a2a-protocol-notes.md §3.1).
 */
public record AgentCard(
        String name,
        String description,
        String version,
        String url,
        String preferredTransport,
        String protocolVersion,
        List<AgentInterface> additionalInterfaces,
        List<AgentInterface> supportedInterfaces,
        Provider provider,
        String documentationUrl,
        Capabilities capabilities,
        List<String> defaultInputModes,
        List<String> defaultOutputModes,
        List<Skill> skills,
        Map<String, Map<String, Object>> securitySchemes,
        List<Map<String, List<String>>> security,
        List<Map<String, Object>> securityRequirements,
        Boolean supportsAuthenticatedExtendedCard) {

    public static final String PROTOCOL_VERSION = "0.3.0";
    public static final String TRANSPORT_JSONRPC = "JSONRPC";
    public static final String WELL_KNOWN_PATH = "/.well-known/agent-card.json";
    /** The card path of A2A 0.2 clients. */
    public static final String LEGACY_WELL_KNOWN_PATH = "/.well-known/agent.json";

    /**
     * One way to reach the agent. 0.3 reads {@code url} and {@code transport}; 1.0 reads {@code url},
     * {@code protocolBinding} and {@code protocolVersion}.
     */
    public record AgentInterface(String url, String transport, String protocolBinding, String protocolVersion) {
    }

    /** Optional protocol features the agent supports. */
    public record Capabilities(Boolean streaming, Boolean pushNotifications, Boolean stateTransitionHistory,
                               Boolean extendedAgentCard) {
    }

    /** Something the agent can do. */
    public record Skill(String id, String name, String description, List<String> tags, List<String> examples,
                        List<String> inputModes, List<String> outputModes) {
    }

    /** Who runs the agent. */
    public record Provider(String organization, String url) {
    }
}
