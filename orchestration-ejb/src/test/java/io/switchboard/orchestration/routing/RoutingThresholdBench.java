package io.switchboard.orchestration.routing;

import io.switchboard.api.task.Routing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Chooses the routing threshold on the tuning set ({@code routing/tuning-requests.tsv}, never on the labelled
 * test set): accuracy for thresholds 0.10 to 0.50, printed and written to docs/benchmarks/routing-threshold.md.
 * Run with {@code ./mvnw -pl orchestration-ejb -Pbench test}.
 */
class RoutingThresholdBench {

    @Test
    void accuracyByThresholdOnTheTuningSet() throws Exception {
        RoutingAccuracyTest.migrate();
        List<RoutingAccuracyTest.Labelled> set = RoutingAccuracyTest.read("/routing/tuning-requests.tsv");
        List<RoutingProfile> profiles = AgentRouter.profiles(RoutingAccuracyTest.agents());
        RoutingProfile general = profiles.stream().filter(p -> p.agentName().equals("general")).findFirst().orElseThrow();
        StringBuilder table = new StringBuilder("| threshold | correct | accuracy | fallbacks |\n|---|---|---|---|\n");
        double best = 0;
        double bestThreshold = 0;
        for (int t = 10; t <= 50; t += 5) {
            double threshold = t / 100.0;
            SimilarityRouter router = new SimilarityRouter(AgentRouter::embed, threshold);
            int correct = 0;
            int fallbacks = 0;
            for (RoutingAccuracyTest.Labelled item : set) {
                Routing routing = router.route(item.request(), profiles, () -> general).routing();
                correct += routing.agent().equals(item.agent()) ? 1 : 0;
                fallbacks += Routing.FALLBACK.equals(routing.mode()) ? 1 : 0;
            }
            double accuracy = (double) correct / set.size();
            if (accuracy >= best) {
                best = accuracy;
                bestThreshold = threshold;
            }
            table.append(String.format(Locale.ROOT, "| %.2f | %d of %d | %.3f | %d |%n", threshold, correct, set.size(),
                    accuracy, fallbacks));
        }
        String report = "# Routing threshold on the tuning set\n\nRun " + LocalDate.now() + " by RoutingThresholdBench "
                + "(all-MiniLM-L6-v2, the built-in agents' skills). The highest threshold with the best accuracy is "
                + String.format(Locale.ROOT, "%.2f", bestThreshold) + ".\n\n" + table;
        System.out.println(report);
        Path root = Path.of(System.getProperty("project.root", "..")).toAbsolutePath();
        Files.createDirectories(root.resolve("docs/benchmarks"));
        Files.writeString(root.resolve("docs/benchmarks/routing-threshold.md"), report);
    }
}
