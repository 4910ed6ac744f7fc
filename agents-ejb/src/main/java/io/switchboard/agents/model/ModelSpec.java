package io.switchboard.agents.model;

import java.time.Duration;
import java.util.Objects;

/**
 * A model an agent can call, fully resolved: provider, model name, base URL (null = the provider's), API key
 * (null = none), and call settings. {@link #toString()} never shows the key.
 */
public record ModelSpec(String provider, String model, String baseUrl, String apiKey, Double temperature,
                        Integer maxTokens, Duration timeout, int maxRetries) {

    public static final String OPENAI = "openai";
    public static final String ANTHROPIC = "anthropic";
    public static final String GEMINI = "gemini";
    public static final String OLLAMA = "ollama";

    public ModelSpec {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** The model name a provider is asked for when the settings name none. */
    public static String defaultModel(String provider) {
        return switch (provider) {
            case ANTHROPIC -> "claude-3-5-haiku-latest";
            case GEMINI -> "gemini-2.0-flash";
            case OLLAMA -> "llama3.2";
            default -> "gpt-4o-mini";
        };
    }

    /** "provider model", as answers and usage records name the model. */
    public String describe() {
        return provider + " " + model;
    }

    @Override
    public String toString() {
        return "ModelSpec[" + describe() + (baseUrl == null ? "" : " at " + baseUrl) + (apiKey == null ? "" : ", key set")
                + "]";
    }
}
