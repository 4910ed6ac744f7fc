package io.switchboard.api.a2a;

import java.util.List;
import java.util.Map;

/** An A2A agent card: who the agent is, where it listens, what it can do and how to authenticate. */
public record AgentCard(
        String name,
        String description,
        String url,
        String version,
        String protocolVersion,
        String preferredTransport,
        Capabilities capabilities,
        List<String> defaultInputModes,
        List<String> defaultOutputModes,
        List<Skill> skills,
        Map<String, SecurityScheme> securitySchemes,
        List<Map<String, List<String>>> security) {

    public static final String PROTOCOL_VERSION = "0.3.0";
    public static final String TRANSPORT_JSONRPC = "JSONRPC";

    /** Optional protocol features the agent supports. */
    public record Capabilities(boolean streaming, boolean pushNotifications, boolean stateTransitionHistory) {
    }

    /** Something the agent can do. */
    public record Skill(String id, String name, String description, List<String> tags, List<String> examples) {
    }

    /** An OpenAPI-style security scheme; Switchboard uses HTTP bearer with JWTs. */
    public record SecurityScheme(String type, String scheme, String bearerFormat, String description) {
    }
}
