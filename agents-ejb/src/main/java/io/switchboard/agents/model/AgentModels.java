package io.switchboard.agents.model;

import io.switchboard.agents.agent.AgentLifecycle;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.agent.ModelSettingsView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Which model an agent answers with: its own settings, each field it leaves out taken from the platform default
 * (the platform's key and base URL only when the provider is the same and the agent brings no key or URL of its
 * own, so a key is never sent to a server it was not given for). An agent with
 * no provider of its own uses the platform default; with neither it has no model.
 */
@ApplicationScoped
public class AgentModels {

    @Inject
    PlatformModel platform;

    @Inject
    AgentLifecycle lifecycle;

    public Optional<ModelSpec> forAgent(AgentView agent) {
        ModelSettingsView own = agent.model();
        if (own == null || own.provider() == null) {
            return platform.spec();
        }
        return Optional.of(merge(own, own.apiKeyHint() == null ? null : lifecycle.modelApiKey(agent.id()), platform));
    }

    static ModelSpec merge(ModelSettingsView own, String ownKey, PlatformModel platform) {
        String provider = own.provider();
        boolean sameProvider = platform.provider().map(provider::equals).orElse(false);
        String model = own.model() != null ? own.model()
                : sameProvider ? platform.model().orElse(ModelSpec.defaultModel(provider)) : ModelSpec.defaultModel(provider);
        // an agent's own key goes only to its own base URL (or the provider's public one), never to the platform's
        String baseUrl = own.baseUrl() != null ? own.baseUrl()
                : sameProvider && ownKey == null ? platform.baseUrl().orElse(null) : null;
        String key = ownKey != null ? ownKey : sameProvider && own.baseUrl() == null ? platform.apiKey().orElse(null) : null;
        Double temperature = own.temperature() != null ? own.temperature() : platform.temperature().orElse(null);
        Integer maxTokens = own.maxTokens() != null ? own.maxTokens() : platform.maxTokens().orElse(null);
        Duration timeout = own.timeoutSeconds() != null ? Duration.ofSeconds(own.timeoutSeconds()) : platform.timeout();
        return new ModelSpec(provider, model, baseUrl, key, temperature, maxTokens, timeout, platform.maxRetries());
    }
}
