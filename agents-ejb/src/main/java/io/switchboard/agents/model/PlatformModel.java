package io.switchboard.agents.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's default model, from MicroProfile Config ({@code switchboard.model.*}, so environment variables
 * {@code SWITCHBOARD_MODEL_PROVIDER}, {@code SWITCHBOARD_MODEL_NAME}, {@code SWITCHBOARD_MODEL_BASE_URL},
 * {@code SWITCHBOARD_MODEL_API_KEY} …). Without a provider there is no default model and agents without settings
 * of their own work deterministically.
 */
@ApplicationScoped
public class PlatformModel {

    @Inject
    @ConfigProperty(name = "switchboard.model.provider")
    Optional<String> provider;

    @Inject
    @ConfigProperty(name = "switchboard.model.name")
    Optional<String> model;

    @Inject
    @ConfigProperty(name = "switchboard.model.base-url")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "switchboard.model.api-key")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "switchboard.model.temperature")
    Optional<Double> temperature;

    @Inject
    @ConfigProperty(name = "switchboard.model.max-tokens")
    Optional<Integer> maxTokens;

    @Inject
    @ConfigProperty(name = "switchboard.model.timeout-seconds", defaultValue = "60")
    int timeoutSeconds;

    /** Retries of a call the provider answered with 429, 5xx or a timeout (LangChain4j's own retry). */
    @Inject
    @ConfigProperty(name = "switchboard.model.max-retries", defaultValue = "2")
    int maxRetries;

    public Optional<String> provider() {
        return provider.map(String::strip).filter(p -> !p.isEmpty() && !"none".equalsIgnoreCase(p));
    }

    public Optional<String> model() {
        return model.map(String::strip).filter(m -> !m.isEmpty());
    }

    public Optional<String> baseUrl() {
        return baseUrl.map(String::strip).filter(u -> !u.isEmpty());
    }

    public Optional<String> apiKey() {
        return apiKey.filter(k -> !k.isBlank());
    }

    public Optional<Double> temperature() {
        return temperature;
    }

    public Optional<Integer> maxTokens() {
        return maxTokens;
    }

    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    public int maxRetries() {
        return Math.max(0, maxRetries);
    }

    /** The default model, when one is configured. */
    public Optional<ModelSpec> spec() {
        return provider().map(p -> new ModelSpec(p, model().orElse(ModelSpec.defaultModel(p)), baseUrl().orElse(null),
                apiKey().orElse(null), temperature.orElse(null), maxTokens.orElse(null), timeout(), maxRetries()));
    }
}
