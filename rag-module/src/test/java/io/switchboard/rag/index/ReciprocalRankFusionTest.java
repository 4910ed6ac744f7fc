package io.switchboard.rag.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {

    @Test
    void passagesHighInBothRankingsWin() {
        List<PassageHit> keyword = List.of(hit("a", 9), hit("b", 8), hit("c", 7));
        List<PassageHit> vector = List.of(hit("b", 0.9), hit("d", 0.8), hit("a", 0.7));
        List<PassageHit> fused = new ReciprocalRankFusion(60).fuse(3, keyword, vector);
        assertThat(fused).extracting(PassageHit::documentId).containsExactly("b", "a", "d");
        assertThat(fused.get(0).score()).isCloseTo(1.0 / 62 + 1.0 / 61, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(fused.get(0).text()).isEqualTo("text of b");
    }

    private static PassageHit hit(String document, double score) {
        return new PassageHit(document, document, 0, 0, 1, "text of " + document, score);
    }
}
