package io.switchboard.bench;

import io.switchboard.it.BenchServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The workflow engine's own cost, with nodes that do nothing but evaluate an EL template: a 100-node sequential
 * workflow (time per node, from the run's start to its end) and 100 concurrent runs of a 10-node workflow (runs
 * per second, from the first start request to the last run's end). On a fresh server with the embedded database
 * and then with PostgreSQL ({@code bench.databases}); {@code bench.sequential-runs} (5) measured runs after two
 * warm-up runs. Prints the figures and writes them to docs/benchmarks/workflow-engine.md.
 */
class WorkflowEngineBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void engineOverhead() throws Exception {
        List<String> databases = List.of(System.getProperty("bench.databases", "embedded,postgresql").split(","));
        int sequentialRuns = Integer.getInteger("bench.sequential-runs", 5);
        List<String> rows = new ArrayList<>();
        for (String database : databases) {
            try (BenchServer server = BenchServer.start("postgresql".equals(database.strip()))) {
                rows.add(measure(database.strip(), server, sequentialRuns));
            }
        }
        write(rows, sequentialRuns);
    }

    private static String measure(String database, BenchServer server, int sequentialRuns) throws Exception {
        String base = server.baseUrl();
        String token = server.adminToken();
        String chain = create(base, token, chain("bench-chain-100", 100));
        String small = create(base, token, chain("bench-chain-10", 10));

        for (int i = 0; i < 2; i++) {
            awaitAll(base, token, List.of(start(base, token, chain)));
        }
        List<Double> perNode = new ArrayList<>();
        for (int i = 0; i < sequentialRuns; i++) {
            JsonObject run = awaitAll(base, token, List.of(start(base, token, chain))).get(0);
            double ms = Duration.between(Instant.parse(run.getString("createdAt")), Instant.parse(run.getString("endedAt")))
                    .toNanos() / 1e6;
            perNode.add(ms / 102); // start, 100 transforms, end
        }
        perNode.sort(Double::compare);
        double medianPerNode = perNode.get(perNode.size() / 2);

        awaitAll(base, token, startMany(base, token, small, 20)); // warm-up
        long began = System.nanoTime();
        List<JsonObject> runs = awaitAll(base, token, startMany(base, token, small, 100));
        Instant lastEnd = runs.stream().map(r -> Instant.parse(r.getString("endedAt"))).max(Instant::compareTo).orElseThrow();
        Instant firstStart = runs.stream().map(r -> Instant.parse(r.getString("createdAt"))).min(Instant::compareTo)
                .orElseThrow();
        double seconds = Duration.between(firstStart, lastEnd).toNanos() / 1e9;
        long failed = runs.stream().filter(r -> !"completed".equals(r.getString("state"))).count();
        String row = String.format(Locale.ROOT, "| %s | %.1f | %.1f–%.1f | %.1f | %.1f | %d |", database, medianPerNode,
                perNode.get(0), perNode.get(perNode.size() - 1), 100 / seconds,
                (System.nanoTime() - began) / 1e9, failed);
        System.out.println("[bench] " + row);
        return row;
    }

    private static String chain(String name, int transforms) {
        StringBuilder nodes = new StringBuilder("{\"id\":\"start\",\"type\":\"start\"}");
        StringBuilder edges = new StringBuilder();
        String previous = "start";
        for (int i = 1; i <= transforms; i++) {
            nodes.append(",{\"id\":\"t").append(i).append("\",\"type\":\"transform\",\"config\":{\"template\":\"step ")
                    .append(i).append("\"}}");
            edges.append(edges.isEmpty() ? "" : ",").append("{\"from\":\"").append(previous).append("\",\"to\":\"t")
                    .append(i).append("\"}");
            previous = "t" + i;
        }
        nodes.append(",{\"id\":\"done\",\"type\":\"end\",\"config\":{\"output\":\"${nodes.").append(previous)
                .append(".output}\"}}");
        edges.append(",{\"from\":\"").append(previous).append("\",\"to\":\"done\"}");
        return "{\"name\":\"" + name + "\",\"nodes\":[" + nodes + "],\"edges\":[" + edges + "]}";
    }

    private static String create(String base, String token, String body) throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/api/workflows"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), token);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("workflow not created: " + created.body());
        }
        return json(created.body()).getString("id");
    }

    private static String start(String base, String token, String workflow) throws Exception {
        HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create(base + "/api/workflows/" + workflow + "/runs"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")), token);
        if (started.statusCode() != 202) {
            throw new IllegalStateException("run not started: " + started.body());
        }
        return json(started.body()).getString("id");
    }

    /** Starts {@code count} runs at once, one client thread each. */
    private static List<String> startMany(String base, String token, String workflow, int count) throws Exception {
        List<Thread> threads = new ArrayList<>();
        String[] ids = new String[count];
        for (int i = 0; i < count; i++) {
            int n = i;
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    ids[n] = start(base, token, workflow);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return List.of(ids);
    }

    private static List<JsonObject> awaitAll(String base, String token, List<String> runs) throws Exception {
        List<JsonObject> done = new ArrayList<>();
        for (String id : runs) {
            for (int i = 0; ; i++) {
                JsonObject run = json(send(HttpRequest.newBuilder(URI.create(base + "/api/runs/" + id)).GET(), token).body());
                String state = run.getString("state");
                if (state.equals("completed") || state.equals("failed")) {
                    done.add(run);
                    break;
                }
                if (i > 6000) {
                    throw new IllegalStateException("run " + id + " did not finish: " + run);
                }
                Thread.sleep(50);
            }
        }
        return done;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
        return HTTP.send(request.header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static void write(List<String> rows, int sequentialRuns) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Workflow engine overhead");
        lines.add("");
        lines.add("Measured " + Instant.now() + " by `WorkflowEngineBench` (`./mvnw -Pbench verify "
                + "-pl platform-ear -Dit.test=WorkflowEngineBench`): no-op nodes (EL transforms), so the figures are the engine's own "
                + "cost — a Jakarta Batch chunk per wave of nodes, the node rows, the checkpoint and the events. Per node: "
                + "median of " + sequentialRuns + " runs of a 100-node sequential workflow (run start to end / 102 "
                + "nodes, with min–max). Runs/s: 100 runs of a 10-node workflow started at once. Server, database and "
                + "client share " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vendor") + " " + System.getProperty("java.version") + ".");
        lines.add("");
        lines.add("| database | ms per node | range | runs/s (100 concurrent, 10 nodes) | wall s | failed |");
        lines.add("|---|---|---|---|---|---|");
        lines.addAll(rows);
        Path file = BenchServer.projectRoot().resolve("docs/benchmarks/workflow-engine.md");
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
        System.out.println("[bench] written to " + file);
        lines.forEach(System.out::println);
    }
}
