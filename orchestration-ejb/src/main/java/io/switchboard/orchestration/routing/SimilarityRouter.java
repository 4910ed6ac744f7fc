package io.switchboard.orchestration.routing;

import io.switchboard.api.task.Routing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Routes by embedding similarity: the request is embedded and compared (cosine) with every text of every
 * profile; an agent scores its best text. The best agent wins when its score reaches the threshold; below it
 * the fallback agent answers (asked for only then). Profile texts are embedded once and kept, normalised.
 */
public final class SimilarityRouter {

    private final Function<List<String>, List<float[]>> embedder;
    private final double threshold;
    private static final int MAX_CACHED = 10_000;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    public SimilarityRouter(Function<List<String>, List<float[]>> embedder, double threshold) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.threshold = threshold;
    }

    /**
     * The decision among the profiles; the {@code fallback} agent (which may also be among the profiles) when
     * none is similar enough or there are none.
     */
    public RoutingDecision route(String request, List<RoutingProfile> profiles, Supplier<RoutingProfile> fallback) {
        embedMissing(profiles);
        float[] query = normalized(embedder.apply(List.of(request)).get(0));
        RoutingProfile best = null;
        RoutingProfile.Text bestText = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (RoutingProfile profile : profiles) {
            for (RoutingProfile.Text text : profile.texts()) {
                double score = dot(query, cache.get(text.text()));
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
            RoutingProfile chosen = fallback.get();
            return new RoutingDecision(chosen.agentId(), new Routing(chosen.agentName(), Routing.FALLBACK,
                    best == null ? null : round(bestScore), why));
        }
        return new RoutingDecision(best.agentId(), new Routing(best.agentName(), Routing.EMBEDDING, round(bestScore),
                "most similar to " + bestText.source()));
    }

    private void embedMissing(List<RoutingProfile> profiles) {
        Set<String> missing = new LinkedHashSet<>();
        for (RoutingProfile profile : profiles) {
            for (RoutingProfile.Text text : profile.texts()) {
                if (!cache.containsKey(text.text())) {
                    missing.add(text.text());
                }
            }
        }
        if (!missing.isEmpty()) {
            if (cache.size() + missing.size() > MAX_CACHED) {
                cache.clear(); // texts of agents that changed or went away; the current ones are embedded again
                missing.clear();
                profiles.forEach(p -> p.texts().forEach(t -> missing.add(t.text())));
            }
            List<String> texts = new ArrayList<>(missing);
            List<float[]> vectors = embedder.apply(texts);
            for (int i = 0; i < texts.size(); i++) {
                cache.put(texts.get(i), normalized(vectors.get(i)));
            }
        }
    }

    /** The vector scaled to length 1, so that a dot product is the cosine similarity. */
    static float[] normalized(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] unit = new float[v.length];
        for (int i = 0; i < v.length && norm > 0; i++) {
            unit[i] = (float) (v[i] / norm);
        }
        return unit;
    }

    private static double dot(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
