package io.switchboard.rag.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmModelTest {

    @Test
    void theServerSessionEmbedsLikeLangChain4jsOwn() {
        MiniLmModel ours = MiniLmModel.load(1);
        AllMiniLmL6V2EmbeddingModel reference = new AllMiniLmL6V2EmbeddingModel();

        for (String text : List.of("calculate 1234 * 56", "Which documents mention the refund policy for damaged goods?")) {
            float[] mine = ours.embed(text).content().vector();
            float[] theirs = reference.embed(text).content().vector();
            assertThat(mine).hasSize(MiniLmEmbeddings.DIMENSION);
            assertThat(cosine(mine, theirs)).as(text).isGreaterThan(0.9999);
        }
        assertThat(cosine(ours.embed("the weather in Paris").content().vector(),
                ours.embed("calculate 1234 * 56").content().vector())).as("different texts differ").isLessThan(0.9);

        ours.close();
        ours.close();
        assertThatThrownBy(() -> ours.embed("after the application stopped"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("released");
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
