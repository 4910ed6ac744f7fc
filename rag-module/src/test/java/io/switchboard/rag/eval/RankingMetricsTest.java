package io.switchboard.rag.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    @Test
    void ndcgAndRecallFollowTheStandardFormulas() {
        Map<String, Integer> relevant = Map.of("a", 1, "b", 1);
        assertThat(RankingMetrics.ndcgAt(10, List.of("a", "b", "x"), relevant)).isEqualTo(1.0);
        // relevant at ranks 2 and 3: (1/log2 3 + 1/log2 4) / (1 + 1/log2 3)
        double expected = (1 / (Math.log(3) / Math.log(2)) + 0.5) / (1 + 1 / (Math.log(3) / Math.log(2)));
        assertThat(RankingMetrics.ndcgAt(10, List.of("x", "a", "b"), relevant)).isCloseTo(expected, within(1e-12));
        assertThat(RankingMetrics.ndcgAt(1, List.of("x", "a"), relevant)).isZero();
        assertThat(RankingMetrics.recallAt(2, List.of("x", "a", "b"), relevant)).isEqualTo(0.5);
        assertThat(RankingMetrics.recallAt(100, List.of("x", "a", "b"), relevant)).isEqualTo(1.0);
    }
}
