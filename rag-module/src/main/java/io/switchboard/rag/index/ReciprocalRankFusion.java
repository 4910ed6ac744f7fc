package io.switchboard.rag.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009): a passage scores
 * {@code sum 1 / (k + rank)} over the rankings it appears in. Ranks, not raw scores, so BM25's unbounded
 * scores and cosine similarities combine without normalisation.
 */
public final class ReciprocalRankFusion {

    public static final int DEFAULT_K = 60;

    private final int k;

    public ReciprocalRankFusion(int k) {
        this.k = k;
    }

    @SafeVarargs
    public final List<PassageHit> fuse(int limit, List<PassageHit>... rankings) {
        Map<String, PassageHit> fused = new LinkedHashMap<>();
        for (List<PassageHit> ranking : rankings) {
            for (int rank = 0; rank < ranking.size(); rank++) {
                PassageHit hit = ranking.get(rank);
                double contribution = 1.0 / (k + rank + 1);
                fused.merge(hit.id(), hit.withScore(contribution),
                        (seen, again) -> seen.withScore(seen.score() + again.score()));
            }
        }
        List<PassageHit> ranked = new ArrayList<>(fused.values());
        ranked.sort(Comparator.comparingDouble(PassageHit::score).reversed());
        return ranked.size() > limit ? List.copyOf(ranked.subList(0, limit)) : ranked;
    }
}
