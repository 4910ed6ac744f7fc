package io.switchboard.rag.knowledge;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.knowledge.EmbeddingSettings;
import io.switchboard.api.knowledge.EmbeddingSettingsView;
import io.switchboard.rag.embed.EmbeddingSpec;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.Objects;

/**
 * A collection's embedding model as the database keeps it (a JSON column): the settings, the API key sealed
 * with the master key and its masked hint, and the vector length found when the model was probed.
 */
public record StoredEmbedding(String provider, String model, String baseUrl, String apiKeySealed, String apiKeyHint,
                              Integer dimension, Integer timeoutSeconds) {

    public static final StoredEmbedding IN_PROCESS = new StoredEmbedding(EmbeddingSettings.IN_PROCESS,
            EmbeddingSpec.MINILM, null, null, null, io.switchboard.rag.embed.MiniLmEmbeddings.DIMENSION, null);

    public StoredEmbedding {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
    }

    /** Same model on the same server with the same key: nothing to re-embed. */
    public boolean sameModelAs(StoredEmbedding other) {
        return other != null && provider.equals(other.provider) && model.equals(other.model)
                && Objects.equals(baseUrl, other.baseUrl);
    }

    public StoredEmbedding withDimension(int vectorLength) {
        return new StoredEmbedding(provider, model, baseUrl, apiKeySealed, apiKeyHint, vectorLength, timeoutSeconds);
    }

    public String describe() {
        return EmbeddingSettings.IN_PROCESS.equals(provider) ? model : provider + " " + model;
    }

    public EmbeddingSettingsView view() {
        return new EmbeddingSettingsView(provider, model, baseUrl, apiKeyHint, dimension, timeoutSeconds);
    }

    public String toJson() {
        JsonObjectBuilder json = Jsonp.JSON.createObjectBuilder().add("provider", provider).add("model", model);
        if (baseUrl != null) {
            json.add("baseUrl", baseUrl);
        }
        if (apiKeySealed != null) {
            json.add("apiKeySealed", apiKeySealed).add("apiKeyHint", apiKeyHint == null ? "••••" : apiKeyHint);
        }
        if (dimension != null) {
            json.add("dimension", dimension);
        }
        if (timeoutSeconds != null) {
            json.add("timeoutSeconds", timeoutSeconds);
        }
        return json.build().toString();
    }

    /** The stored JSON, or the in-process default for a collection created before models were configurable. */
    public static StoredEmbedding fromJson(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try (var reader = Jsonp.JSON.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            return new StoredEmbedding(json.getString("provider"), json.getString("model"),
                    json.getString("baseUrl", null), json.getString("apiKeySealed", null),
                    json.getString("apiKeyHint", null), json.containsKey("dimension") ? json.getInt("dimension") : null,
                    json.containsKey("timeoutSeconds") ? json.getInt("timeoutSeconds") : null);
        }
    }
}
