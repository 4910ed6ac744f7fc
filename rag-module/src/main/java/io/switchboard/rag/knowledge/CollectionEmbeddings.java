package io.switchboard.rag.knowledge;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.switchboard.api.knowledge.EmbeddingSettings;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.core.secret.MasterKey;
import io.switchboard.rag.embed.EmbeddingModels;
import io.switchboard.rag.embed.EmbeddingSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Objects;

/**
 * The embedding model of each collection: settings from a request turned into what is stored (defaults filled
 * in, the API key sealed with the master key, the model probed once for its vector length, so an unreachable or
 * wrong model is refused before anything depends on it), and stored settings turned back into a LangChain4j client.
 */
@ApplicationScoped
public class CollectionEmbeddings {

    static final String PROBE_TEXT = "Switchboard embedding probe";

    @Inject
    MasterKey masterKey;

    /**
     * What to store for {@code settings} in a collection whose model is {@code current} (null for a new one).
     * Without a new key the current one is kept, but only for the same provider and base URL ("" removes it).
     */
    public StoredEmbedding seal(String collectionId, EmbeddingSettings settings, StoredEmbedding current) {
        if (settings == null) {
            return StoredEmbedding.IN_PROCESS;
        }
        String provider = settings.provider();
        String model = settings.model() == null || settings.model().isBlank() ? EmbeddingSpec.defaultModel(provider)
                : settings.model().strip();
        if (EmbeddingSettings.IN_PROCESS.equals(provider)) {
            if (!EmbeddingSpec.MINILM.equals(model) || settings.baseUrl() != null || settings.apiKey() != null) {
                throw PlatformException.invalid("invalid-embedding-model", "The in-process embedding model is "
                        + EmbeddingSpec.MINILM + " and takes no model name, base URL or API key");
            }
            return StoredEmbedding.IN_PROCESS;
        }
        checkBaseUrl(settings.baseUrl());
        String sealed = null;
        String hint = null;
        boolean sameServer = current != null && provider.equals(current.provider())
                && Objects.equals(settings.baseUrl(), current.baseUrl());
        if (settings.apiKey() != null) {
            if (!settings.apiKey().isEmpty()) {
                sealed = masterKey.box().seal(settings.apiKey(), keyContext(collectionId));
                hint = io.switchboard.core.secret.SecretBox.hint(settings.apiKey());
            }
        } else if (sameServer) {
            sealed = current.apiKeySealed();
            hint = current.apiKeyHint();
        }
        StoredEmbedding stored = new StoredEmbedding(provider, model, settings.baseUrl(), sealed, hint, null,
                settings.timeoutSeconds());
        return stored.withDimension(probe(spec(collectionId, stored)));
    }

    /** The collection's current model. */
    public EmbeddingModel model(CollectionRecord collection) {
        return EmbeddingModels.of(spec(collection.id(), collection.embedding()));
    }

    /** A stored model of the collection, resolved (its key opened). */
    public EmbeddingSpec spec(String collectionId, StoredEmbedding stored) {
        if (EmbeddingSettings.IN_PROCESS.equals(stored.provider())) {
            return EmbeddingSpec.IN_PROCESS;
        }
        String key = stored.apiKeySealed() == null ? null : masterKey.box().open(stored.apiKeySealed(),
                keyContext(collectionId));
        Duration timeout = stored.timeoutSeconds() == null ? EmbeddingSpec.DEFAULT_TIMEOUT
                : Duration.ofSeconds(stored.timeoutSeconds());
        return new EmbeddingSpec(stored.provider(), stored.model(), stored.baseUrl(), key, timeout);
    }

    /** Embeds a probe text: the model's vector length, or a clear 400 when the model cannot be used. */
    static int probe(EmbeddingSpec spec) {
        try {
            float[] vector = EmbeddingModels.of(spec).embed(PROBE_TEXT).content().vector();
            if (vector.length == 0) {
                throw new IllegalStateException("it returned an empty vector");
            }
            return vector.length;
        } catch (RuntimeException e) {
            throw PlatformException.invalid("embedding-model-unusable", EmbeddingModels.describeFailure(spec, e)
                    + " (a probe text before the model is used; nothing was changed)");
        }
    }

    /** A base URL is shown in views and messages: it must not carry credentials (they belong in apiKey). */
    static void checkBaseUrl(String baseUrl) {
        if (baseUrl == null) {
            return;
        }
        java.net.URI uri;
        try {
            uri = java.net.URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("invalid-base-url", "baseUrl is not a valid URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw PlatformException.invalid("invalid-base-url", "baseUrl must be a plain http(s) URL with a host and "
                    + "no user info, query or fragment; give a key as apiKey");
        }
    }


    private static String keyContext(String collectionId) {
        return "collection-embedding-key:" + collectionId;
    }
}
