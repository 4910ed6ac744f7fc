package io.switchboard.agents.agent;

import io.switchboard.api.agent.AgentLimits;
import io.switchboard.api.agent.AgentSkill;
import io.switchboard.api.agent.MemorySettings;
import java.util.List;

/**
 * Everything about an agent that a version pins: what an administrator defines, plus its status. The model's
 * API key is kept sealed ({@code modelApiKeySealed}); {@code model} holds the other settings.
 */
record AgentDefinition(String name, String description, String executor, String status, List<AgentSkill> skills,
                       String systemPrompt, StoredModel model, String modelApiKeySealed, List<String> tools,
                       List<String> collections, MemorySettings memory, AgentLimits limits) {

    /** Model settings without the key (only a masked hint of it). */
    record StoredModel(String provider, String model, String baseUrl, Double temperature, Integer maxTokens,
                       Integer timeoutSeconds, String apiKeyHint) {
    }
}
