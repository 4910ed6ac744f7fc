package io.switchboard.api.agent;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agent as the API shows it. */
@Schema(name = "Agent", description = "An agent in the registry")
public record AgentView(
        @Schema(description = "Agent id (UUID)") String id,
        String name,
        String description,
        @Schema(description = "local: runs in a Switchboard server; remote: reached over A2A elsewhere",
                enumeration = {"local", "remote"}) String kind,
        @Schema(enumeration = {"active", "inactive"}) String status,
        @Schema(description = "As last seen: active, degraded or offline (remote agents are polled)",
                enumeration = {"active", "degraded", "offline"}) String health,
        @Schema(description = "Names of the tools the agent may use ('*': every tool)") List<String> tools,
        @Schema(description = "What the agent can do; the orchestrator routes requests by these") List<AgentSkill> skills,
        @Schema(description = "Shipped with the platform") boolean builtIn,
        @Schema(description = "The agent's A2A JSON-RPC endpoint") String endpointUrl,
        @Schema(description = "The agent's A2A agent card") String cardUrl,
        @Schema(description = "A2A version the platform speaks to this agent", enumeration = {"0.3", "1.0"})
        String protocolVersion,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "What does the agent's work (the executor): general, document, data, tool, vision, "
                + "echo, or remote") String specialist,
        @Schema(description = "Instructions for the agent's model") String systemPrompt,
        @Schema(description = "The agent's own model settings; null: the platform default") ModelSettingsView model,
        @Schema(description = "Knowledge collections the agent answers from (names or ids)") List<String> collections,
        MemorySettings memory,
        AgentLimits limits,
        @Schema(description = "Current version; every change makes a new one") int version) {

    /** A view with only the registry basics (tests, the front door, remote stand-ins). */
    public static AgentView basic(String id, String name, String description, String kind, String status, String health,
                                  List<String> tools, List<AgentSkill> skills, boolean builtIn, String endpointUrl,
                                  String cardUrl, String protocolVersion) {
        return new AgentView(id, name, description, kind, status, health, tools, skills, builtIn, endpointUrl, cardUrl,
                protocolVersion, null, null, null, null, null, List.of(), null, null, 1);
    }
}
