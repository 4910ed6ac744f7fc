package io.switchboard.bench;

import io.switchboard.it.BenchServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/execute-task} through the orchestrator: the request is classified (embedding similarity, no
 * model), sent over A2A (HTTP, loopback) to the tool specialist, which runs the built-in calculator, and the answer
 * comes back; every request is a new, differently worded arithmetic question, so nothing is served from a cache.
 * A second scenario names the agent (no classification). 1, 16 and 64 concurrent clients, {@code bench.seconds}
 * (20) each after a warm-up of {@code bench.warmup} (40), on the embedded database and on PostgreSQL
 * ({@code bench.databases}). With {@code bench.soak-minutes} (0: none) it then runs a soak at 64 clients on
 * the last database, minute by minute, and compares the heap after a full GC before and after it.
 * Prints the figures and writes them to docs/benchmarks/execute-task.md.
 */
class ExecuteTaskBench {

    private static final int TARGET_PER_SECOND = 1_000;
    private static final double TARGET_P99_MILLIS = 50;

    @Test
    void executeTaskThroughTheOrchestrator() throws Exception {
        Duration duration = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
        Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 40));
        int soakMinutes = Integer.getInteger("bench.soak-minutes", 0);
        List<String> databases = List.of(System.getProperty("bench.databases", "embedded,postgresql").split(","));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < databases.size(); i++) {
            String database = databases.get(i).strip();
            boolean soakHere = soakMinutes > 0 && i == databases.size() - 1;
            lines.addAll(measure(database, duration, warmup, soakHere ? soakMinutes : 0));
        }
        write(lines, duration);
    }

    private static List<String> measure(String database, Duration duration, Duration warmup, int soakMinutes)
            throws Exception {
        try (BenchServer server = BenchServer.start("postgresql".equals(database))) {
            LoadRun.Target api = new LoadRun.Target(server.baseUrl() + "/api/execute-task", server.adminToken());
            Predicate<String> completed = body -> body.contains("\"status\":\"completed\"")
                    && body.contains("\"agent\":\"tool\"");
            Supplier<String> routed = () -> "{\"input\":\"" + question() + "\"}";
            Supplier<String> named = () -> "{\"agent\":\"tool\",\"input\":\"" + question() + "\"}";

            LoadRun.run(api, routed, completed, 16, warmup);
            List<String> lines = new ArrayList<>();
            lines.add("Database: **" + database + "**");
            lines.add("");
            lines.add("| scenario " + LoadRun.Result.header().get(0));
            lines.add("|---" + LoadRun.Result.header().get(1));
            String verdict = "";
            for (var scenario : List.of(new Scenario("routed by embedding", routed), new Scenario("agent named", named))) {
                for (int clients : new int[] {1, 16, 64}) {
                    LoadRun.Result result = LoadRun.run(api, scenario.requests(), completed, clients, duration);
                    System.out.println("[bench] " + database + " " + scenario.name() + " " + result);
                    lines.add("| " + scenario.name() + " " + result.row());
                    if (clients == 64 && scenario.requests() == routed) {
                        verdict = String.format(Locale.ROOT, "Routed at 64 clients: %,.0f requests/s, p99 %.1f ms; target"
                                + " (%,d requests/s, p99 <= %.0f ms) %s.", result.perSecond(), result.p99Millis(),
                                TARGET_PER_SECOND, TARGET_P99_MILLIS, result.perSecond() >= TARGET_PER_SECOND
                                        && result.p99Millis() <= TARGET_P99_MILLIS ? "met" : "not met");
                    }
                }
            }
            lines.add("");
            lines.add(verdict);
            lines.add("");
            if (soakMinutes > 0) {
                lines.addAll(soak(server, api, routed, completed, soakMinutes));
            }
            return lines;
        }
    }

    private static List<String> soak(BenchServer server, LoadRun.Target api, Supplier<String> requests,
                                     Predicate<String> completed, int minutes) throws Exception {
        List<String> lines = new ArrayList<>();
        long heapBefore = HeapAfterGc.of(server.pid());
        java.util.Map<String, Long> classesBefore = HeapAfterGc.histogram(server.pid());
        lines.add("Soak: " + minutes + " minutes at 64 clients, routed by embedding, minute by minute; heap used after a"
                + " full GC (`jcmd GC.run`) before: " + HeapAfterGc.megabytes(heapBefore) + " MB");
        lines.add("");
        lines.add("| minute | requests | errors | requests/s | p50 ms | p99 ms |");
        lines.add("|---|---|---|---|---|---|");
        long errors = 0;
        for (int minute = 1; minute <= minutes; minute++) {
            LoadRun.Result result = LoadRun.run(api, requests, completed, 64, Duration.ofMinutes(1));
            errors += result.errors();
            System.out.println("[bench] soak minute " + minute + " " + result);
            lines.add(String.format(Locale.ROOT, "| %d | %,d | %d | %,.0f | %.1f | %.1f |", minute, result.requests(),
                    result.errors(), result.perSecond(), result.p50Millis(), result.p99Millis()));
        }
        long heapAfter = HeapAfterGc.of(server.pid());
        List<String> grew = HeapAfterGc.grewMost(classesBefore, HeapAfterGc.histogram(server.pid()), 8);
        lines.add("");
        lines.add("Errors in the soak: " + errors + "; heap used after a full GC after it: "
                + HeapAfterGc.megabytes(heapAfter) + " MB (" + String.format(Locale.ROOT, "%+d",
                HeapAfterGc.megabytes(heapAfter) - HeapAfterGc.megabytes(heapBefore)) + " MB). Live classes that"
                + " grew most (class histograms before and after): " + String.join(", ", grew) + ".");
        lines.add("");
        return lines;
    }

    /** A new arithmetic question each time, worded in one of several ways. */
    private static String question() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int a = random.nextInt(1, 100);
        int b = random.nextInt(1, 10_000);
        return switch (random.nextInt(4)) {
            case 0 -> "what is " + a + "% of " + b;
            case 1 -> "calculate " + b + " * " + a;
            case 2 -> "how much is " + b + " + " + a;
            default -> "compute " + b + " / " + a;
        };
    }

    private record Scenario(String name, Supplier<String> requests) {
    }

    private static void write(List<String> measured, Duration duration) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# POST /api/execute-task through the orchestrator, over A2A, to a built-in tool");
        lines.add("");
        lines.add("Measured " + Instant.now() + " by `ExecuteTaskBench` (`./mvnw -Pbench verify -pl platform-ear"
                + " -Dit.test=ExecuteTaskBench`): a fresh server on the embedded database, then one on PostgreSQL; each"
                + " request a new arithmetic question, JWT-authenticated, classified by embedding similarity (no model;"
                + " \"agent named\" skips that), sent by the orchestrator over A2A (HTTP, loopback) to the tool agent,"
                + " which runs the calculator; " + duration.toSeconds() + " s per level after a warm-up. The load"
                + " generator (one thread and keep-alive connection per client, blocking sockets), the server and PostgreSQL share the"
                + " same " + Runtime.getRuntime().availableProcessors() + "-core machine, "
                + System.getProperty("java.vendor") + " " + System.getProperty("java.version") + ". Target (issue 9):"
                + " " + String.format(Locale.ROOT, "%,d", TARGET_PER_SECOND) + " requests/s with p99 <= "
                + (int) TARGET_P99_MILLIS + " ms at 64 clients.");
        lines.add("");
        lines.addAll(measured);
        if (!LoadRun.ERRORS.isEmpty()) {
            lines.add("The first failed answers (status and body, or the client's exception):");
            lines.add("");
            LoadRun.ERRORS.forEach(e -> lines.add("- `" + e.replace('`', '\'') + "`"));
            lines.add("");
        }
        Path file = BenchServer.projectRoot().resolve("docs/benchmarks/execute-task.md");
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
        System.out.println("[bench] written to " + file);
        lines.forEach(System.out::println);
    }
}
