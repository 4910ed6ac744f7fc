package io.switchboard.rag.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.switchboard.api.knowledge.EmbeddingSettings;
import io.switchboard.core.provider.ProviderFailures;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.util.VectorUtil;

/**
 * LangChain4j embedding clients for an {@link EmbeddingSpec}: the in-process all-MiniLM-L6-v2, OpenAI-compatible
 * servers ({@code /v1/embeddings}) and Ollama's native API, built once per distinct spec (they are thread-safe).
 * Remote vectors are scaled to unit length, as the index compares them by dot product.
 */
public final class EmbeddingModels {

    private static final int MAX_RETRIES = 2;
    private static final Map<EmbeddingSpec, EmbeddingModel> CLIENTS = new ConcurrentHashMap<>();

    private EmbeddingModels() {
    }

    public static EmbeddingModel of(EmbeddingSpec spec) {
        if (spec.inProcess()) {
            if (!EmbeddingSpec.MINILM.equals(spec.model())) {
                throw new IllegalArgumentException("The in-process embedding model is " + EmbeddingSpec.MINILM
                        + ", not '" + spec.model() + "'");
            }
            return MiniLmEmbeddings.model();
        }
        return CLIENTS.computeIfAbsent(spec, s -> new UnitLength(remote(s)));
    }

    private static EmbeddingModel remote(EmbeddingSpec s) {
        var http = JdkHttpClient.builder().httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
        return switch (s.provider()) {
            case EmbeddingSettings.OPENAI -> OpenAiEmbeddingModel.builder().httpClientBuilder(http).baseUrl(s.baseUrl())
                    .apiKey(s.apiKey() == null ? "none" : s.apiKey()).modelName(s.model()).timeout(s.timeout())
                    .maxRetries(MAX_RETRIES).build();
            case EmbeddingSettings.OLLAMA -> OllamaEmbeddingModel.builder().httpClientBuilder(http)
                    .baseUrl(s.baseUrl() == null ? "http://localhost:11434" : s.baseUrl()).modelName(s.model())
                    .timeout(s.timeout()).maxRetries(MAX_RETRIES).build();
            default -> throw new IllegalArgumentException("Unknown embedding provider '" + s.provider() + "'");
        };
    }

    /** A failed call to the model as one sentence, without exception names ({@link ProviderFailures}). */
    public static String describeFailure(EmbeddingSpec spec, Throwable failure) {
        return ProviderFailures.describe("The embedding model " + spec.describe()
                + (spec.baseUrl() == null ? "" : " at " + spec.baseUrl()), MAX_RETRIES, spec.timeout(), failure);
    }

    /** A remote model whose vectors are scaled to unit length. */
    static final class UnitLength implements EmbeddingModel {

        private final EmbeddingModel delegate;

        UnitLength(EmbeddingModel delegate) {
            this.delegate = delegate;
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            Response<List<Embedding>> response = delegate.embedAll(segments);
            List<Embedding> unit = new ArrayList<>(response.content().size());
            for (Embedding e : response.content()) {
                unit.add(Embedding.from(unitLength(e.vector())));
            }
            return Response.from(unit, response.tokenUsage(), response.finishReason(), response.metadata());
        }

        @Override
        public String modelName() {
            return delegate.modelName();
        }
    }

    static float[] unitLength(float[] vector) {
        double norm = Math.sqrt(VectorUtil.dotProduct(vector, vector));
        if (norm == 0 || Math.abs(norm - 1) < 1e-6) {
            return vector;
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }
}
