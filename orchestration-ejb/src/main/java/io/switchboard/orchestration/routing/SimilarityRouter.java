package io.switchboard.orchestration.routing;

import io.switchboard.api.task.Routing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Routes by embedding similarity: the request is embedded and compared (cosine) with every text of every
 * profile; an agent scores its best text. The best agent wins when its score reaches the threshold; below it
 * the fallback agent answers. Profile texts are embedded once and kept.
 */
public final class SimilarityRouter {

    private final Function<List<String>, List<float[]>> embedder;
    private final double threshold;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    public SimilarityRouter(Function<List<String>, List<float[]>> embedder, double threshold) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.threshold = threshold;
    }

    /**
     * The decision among the profiles; {@code fallback} (which may also be among the profiles) when none is
     * similar enough or there are none.
     */
    public RoutingDecision route(String request, List<RoutingProfile> profiles, RoutingProfile fallback) {
        embedMissing(profiles);
        float[] query = embedder.apply(List.of(request)).get(0);
        RoutingProfile best = null;
        RoutingProfile.Text bestText = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (RoutingProfile profile : profiles) {
            for (RoutingProfile.Text text : profile.texts()) {
                double score = cosine(query, cache.get(text.text()));
                if (score > bestScore) {
                    bestScore = score;
                    best = profile;
                    bestText = text;
                }
            }
        }
        if (best == null || bestScore < threshold) {
            String why = best == null ? "no agent declares skills to route by"
                    : "no skill is similar enough (best: agent " + best.agentName() + ", " + bestText.source() + ", "
                    + String.format(java.util.Locale.ROOT, "%.2f", bestScore) + " < "
                    + String.format(java.util.Locale.ROOT, "%.2f", threshold) + ")";
            return new RoutingDecision(fallback.agentId(), new Routing(fallback.agentName(), Routing.FALLBACK,
                    best == null ? null : round(bestScore), why));
        }
        return new RoutingDecision(best.agentId(), new Routing(best.agentName(), Routing.EMBEDDING, round(bestScore),
                "most similar to " + bestText.source()));
    }

    private void embedMissing(List<RoutingProfile> profiles) {
        List<String> missing = new ArrayList<>();
        for (RoutingProfile profile : profiles) {
            for (RoutingProfile.Text text : profile.texts()) {
                if (!cache.containsKey(text.text()) && !missing.contains(text.text())) {
                    missing.add(text.text());
                }
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> vectors = embedder.apply(missing);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i), vectors.get(i));
            }
        }
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
