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
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A2A {@code message/send} to the built-in echo agent over loopback, at 1, 16 and 64 concurrent clients, on
 * a fresh server with the embedded database and then with PostgreSQL ({@code bench.databases}). Each level
 * runs {@code bench.seconds} (20) after a warm-up of {@code bench.warmup} (40) seconds.
 * Prints the figures and writes them to docs/benchmarks/a2a-message-send.md.
 */
class A2aMessageSendBench {

    private static final String ECHO = "/a2a/agents/00000000-0000-4000-8000-000000000001";

    @Test
    void messageSendToEcho() throws Exception {
        Duration duration = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
        Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 40));
        List<String> databases = List.of(System.getProperty("bench.databases", "embedded,postgresql").split(","));
        List<String> lines = new ArrayList<>();
        for (String database : databases) {
            lines.addAll(measure(database.strip(), duration, warmup));
        }
        write(lines, duration);
    }

    private static List<String> measure(String database, Duration duration, Duration warmup) throws Exception {
        try (BenchServer server = BenchServer.start("postgresql".equals(database))) {
            LoadRun.Target echo = new LoadRun.Target(server.baseUrl() + ECHO, server.adminToken());
            // one request, sent again and again: the server makes a new task of every send (message ids
            // are not deduplicated), and the load generator spends its CPU on sending, not on building
            String send = "{\"jsonrpc\":\"2.0\",\"id\":\"bench\","
                    + "\"method\":\"message/send\",\"params\":{\"message\":{\"kind\":\"message\",\"role\":\"user\","
                    + "\"messageId\":\"" + UUID.randomUUID() + "\",\"parts\":[{\"kind\":\"text\",\"text\":\"benchmark\"}]}}}";
            java.util.function.Supplier<String> request = () -> send;
            java.util.function.Predicate<String> completed = body -> body.contains("\"state\":\"completed\"");

            LoadRun.run(echo, request, completed, 16, warmup);
            List<String> lines = new ArrayList<>();
            lines.add("Database: **" + database + "**");
            lines.add("");
            lines.addAll(LoadRun.Result.header());
            for (int clients : new int[] {1, 16, 64}) {
                LoadRun.Result result = LoadRun.run(echo, request, completed, clients, duration);
                System.out.println("[bench] " + database + " " + result);
                lines.add(result.row());
            }
            lines.add("");
            return lines;
        }
    }

    private static void write(List<String> measured, Duration duration) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# A2A message/send to the echo agent");
        lines.add("");
        lines.add("Measured " + Instant.now() + " by `A2aMessageSendBench` (`./mvnw -Pbench verify`): a fresh server"
                + " on the embedded database, then one on PostgreSQL; a JWT-authenticated A2A 0.3 `message/send` (blocking) to the built-in"
                + " echo agent over loopback, " + duration.toSeconds() + " s per level after a warm-up; the load"
                + " generator (one thread and keep-alive connection per client, blocking sockets), the server and PostgreSQL share the"
                + " same " + Runtime.getRuntime().availableProcessors() + "-core machine, "
                + System.getProperty("java.vendor") + " " + System.getProperty("java.version") + ".");
        lines.add("");
        lines.addAll(measured);
        Path file = BenchServer.projectRoot().resolve("docs/benchmarks/a2a-message-send.md");
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
        System.out.println("[bench] written to " + file);
        lines.forEach(System.out::println);
    }
}
