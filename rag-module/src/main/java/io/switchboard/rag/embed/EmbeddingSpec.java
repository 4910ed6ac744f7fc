package io.switchboard.rag.embed;

import io.switchboard.api.knowledge.EmbeddingSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * An embedding model, fully resolved: provider ({@code in-process}, {@code openai}, {@code ollama}), model name,
 * base URL (null = the provider's default), API key (null = none) and call timeout. {@link #toString()} never
 * shows the key.
 */
public record EmbeddingSpec(String provider, String model, String baseUrl, String apiKey, Duration timeout) {

    public static final String MINILM = "all-minilm-l6-v2";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final EmbeddingSpec IN_PROCESS = new EmbeddingSpec(EmbeddingSettings.IN_PROCESS, MINILM, null, null,
            DEFAULT_TIMEOUT);

    public EmbeddingSpec {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** The model a provider is asked for when the settings name none. */
    public static String defaultModel(String provider) {
        return switch (provider) {
            case EmbeddingSettings.OPENAI -> "text-embedding-3-small";
            case EmbeddingSettings.OLLAMA -> "nomic-embed-text";
            default -> MINILM;
        };
    }

    public boolean inProcess() {
        return EmbeddingSettings.IN_PROCESS.equals(provider);
    }

    /** "provider model", or just the model for the in-process one. */
    public String describe() {
        return inProcess() ? model : provider + " " + model;
    }

    @Override
    public String toString() {
        return "EmbeddingSpec[" + describe() + (baseUrl == null ? "" : " at " + baseUrl)
                + (apiKey == null ? "" : ", key set") + "]";
    }
}
