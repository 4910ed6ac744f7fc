package io.switchboard.rag.eval;

import java.util.List;
import java.util.Map;

/** The standard BEIR measures over a ranked list of document ids and graded judgements. */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    public static double ndcgAt(int k, List<String> ranked, Map<String, Integer> relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += relevant.getOrDefault(ranked.get(i), 0) / log2(i + 2);
        }
        List<Integer> ideal = relevant.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    public static double recallAt(int k, List<String> ranked, Map<String, Integer> relevant) {
        long positives = relevant.values().stream().filter(score -> score > 0).count();
        if (positives == 0) {
            return 0;
        }
        long found = ranked.stream().limit(k).filter(id -> relevant.getOrDefault(id, 0) > 0).count();
        return (double) found / positives;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
