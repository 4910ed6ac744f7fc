package io.switchboard.rag.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.api.knowledge.EmbeddingSettings;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.core.secret.MasterKey;
import io.switchboard.core.secret.SecretBox;
import io.switchboard.testing.model.ScriptedModelServer;
import javax.crypto.KeyGenerator;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CollectionEmbeddingsTest {

    private static ScriptedModelServer server;
    private final CollectionEmbeddings embeddings = new CollectionEmbeddings();

    CollectionEmbeddingsTest() throws Exception {
        SecretBox box = new SecretBox(KeyGenerator.getInstance("AES").generateKey());
        embeddings.masterKey = new MasterKey() {
            @Override
            public SecretBox box() {
                return box;
            }
        };
    }

    @BeforeAll
    static void start() {
        server = ScriptedModelServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private EmbeddingSettings openAi(String model, String key) {
        return new EmbeddingSettings("openai", model, server.openAiBaseUrl(), key, null);
    }

    @Test
    void noSettingsOrInProcessMeanMiniLm() {
        assertThat(embeddings.seal("c1", null, null)).isEqualTo(StoredEmbedding.IN_PROCESS);
        assertThat(embeddings.seal("c1", new EmbeddingSettings("in-process", null, null, null, null), null))
                .isEqualTo(StoredEmbedding.IN_PROCESS);
        assertThatThrownBy(() -> embeddings.seal("c1", new EmbeddingSettings("in-process", "bge-small", null, null,
                null), null)).isInstanceOf(PlatformException.class).hasMessageContaining("all-minilm-l6-v2");
    }

    @Test
    void aRemoteModelIsProbedForItsDimensionAndItsKeyIsSealed() {
        StoredEmbedding stored = embeddings.seal("c1", openAi(null, "sk-test-9c2e"), null);
        assertThat(stored.model()).as("the provider's default model").isEqualTo("text-embedding-3-small");
        assertThat(stored.dimension()).isEqualTo(ScriptedModelServer.EMBEDDING_DIMENSION);
        assertThat(stored.apiKeyHint()).isEqualTo("••••9c2e");
        assertThat(stored.toJson()).doesNotContain("sk-test").contains("apiKeySealed");
        assertThat(StoredEmbedding.fromJson(stored.toJson())).isEqualTo(stored);
        assertThat(embeddings.spec("c1", stored).apiKey()).isEqualTo("sk-test-9c2e");
        assertThat(embeddings.spec("c1", stored).toString()).doesNotContain("sk-test");
        assertThat(server.requests()).last().satisfies(r -> {
            assertThat(r.path()).endsWith("/embeddings");
            assertThat(r.authorization()).isEqualTo("Bearer sk-test-9c2e");
        });
        assertThatThrownBy(() -> embeddings.spec("c2", stored)).as("the key is bound to its collection")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theKeyIsKeptForTheSameServerOnlyAndAnEmptyKeyRemovesIt() {
        StoredEmbedding first = embeddings.seal("c1", openAi("text-embedding-3-small", "sk-first-1111"), null);
        StoredEmbedding otherModel = embeddings.seal("c1", openAi("text-embedding-3-large", null), first);
        assertThat(otherModel.apiKeySealed()).isEqualTo(first.apiKeySealed());
        StoredEmbedding removed = embeddings.seal("c1", openAi("text-embedding-3-large", ""), otherModel);
        assertThat(removed.apiKeySealed()).isNull();
        StoredEmbedding elsewhere = embeddings.seal("c1", new EmbeddingSettings("ollama", null,
                server.openAiBaseUrl().replace("/v1", ""), null, null), first);
        assertThat(elsewhere.apiKeySealed()).as("never sent to another server").isNull();
        assertThat(elsewhere.model()).isEqualTo("nomic-embed-text");
        assertThat(server.requests()).last().satisfies(r -> assertThat(r.path()).isEqualTo("/api/embed"));
    }

    @Test
    void remoteVectorsAreScaledToUnitLength() {
        StoredEmbedding stored = embeddings.seal("c1", openAi(null, null), null);
        var model = embeddings.model(new CollectionRecord("c1", "x", null, 126, 16, stored.model(), null,
                KnowledgeStore.now(), KnowledgeStore.now(), stored, 0, null, null));
        float[] vector = model.embed("flights need the approval of a director").content().vector();
        assertThat(VectorUtil.dotProduct(vector, vector)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-5f));
    }

    @Test
    void aModelThatCannotEmbedIsRefusedWithTheReason() {
        assertThatThrownBy(() -> embeddings.seal("c1", new EmbeddingSettings("openai", null, "http://127.0.0.1:1/v1",
                null, 5), null)).isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo("embedding-model-unusable");
                    assertThat(e.getMessage()).contains("openai text-embedding-3-small at http://127.0.0.1:1/v1")
                            .contains("cannot be reached").doesNotContain("Exception");
                });
        assertThatThrownBy(() -> embeddings.seal("c1", new EmbeddingSettings("openai", null,
                "http://user:secret@localhost:1/v1", null, null), null)).isInstanceOf(PlatformException.class)
                .hasMessageContaining("no user info").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> embeddings.seal("c1", new EmbeddingSettings("openai", null,
                "http://localhost:1/v1?api-key=k", null, null), null)).isInstanceOf(PlatformException.class);
        server.failNext(401, 5);
        assertThatThrownBy(() -> embeddings.seal("c1", openAi(null, "sk-wrong"), null))
                .isInstanceOf(PlatformException.class).hasMessageContaining("refused the API key");
        server.reset();
    }
}
