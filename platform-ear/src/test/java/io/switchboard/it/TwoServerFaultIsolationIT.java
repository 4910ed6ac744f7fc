package io.switchboard.it;

import io.switchboard.testing.liberty.LibertyServer;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Agents as separate deployments: a specialist server hosts the echo agent; an orchestrator server (same EAR,
 * its own database, the same signing keys) registers it as a remote agent by its card URL and calls it over
 * A2A. Stopping the specialist makes the orchestrator answer with the fallback and open that agent's circuit
 * while everything else keeps working; starting it again closes the circuit. Then the same under a steady
 * load, with the specialist killed ({@code kill -9}) and restarted: the report (printed and written to
 * {@code target/fault-isolation.md}) gives the error counts and the recovery time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServerFaultIsolationIT {

    private static final String ADMIN_PASSWORD = "two-server-admin-password";
    private static final String ECHO_ID = "00000000-0000-4000-8000-000000000001";
    private static LibertyServer specialist;
    private static LibertyServer orchestrator;
    private static Api api;
    private static String token;

    @BeforeAll
    static void startBothServers() throws IOException {
        Path keys = Path.of("target/two-server-keys").toAbsolutePath();
        deleteRecursively(keys);
        Map<String, String> shared = Map.of(
                "SWITCHBOARD_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "SWITCHBOARD_JWT_PRIVATE_KEY_LOCATION", keys.resolve("jwt-private.pem").toString(),
                "SWITCHBOARD_JWT_PUBLIC_KEY_LOCATION", keys.resolve("jwt-public.pem").toString());
        specialist = LibertyServer.freshCopy("two-specialist", Integer.getInteger("it.port.specialist", 19084), shared);
        specialist.start();

        Map<String, String> orchestration = new HashMap<>(shared);
        orchestration.putAll(Map.of(
                "SWITCHBOARD_A2A_CIRCUIT_WINDOW", "4",
                "SWITCHBOARD_A2A_CIRCUIT_MINIMUM_CALLS", "4",
                "SWITCHBOARD_A2A_CIRCUIT_OPEN_DURATION", "PT4S",
                "SWITCHBOARD_A2A_RETRY_MAX_ATTEMPTS", "2",
                "SWITCHBOARD_A2A_RETRY_INITIAL_BACKOFF", "PT0.05S",
                "SWITCHBOARD_A2A_CONNECT_TIMEOUT", "PT1S",
                "SWITCHBOARD_AGENTS_HEALTH_INTERVAL", "PT1S"));
        orchestrator = LibertyServer.freshCopy("two-orchestrator", Integer.getInteger("it.port.orchestrator", 19085),
                orchestration);
        orchestrator.start();
        api = new Api(orchestrator.baseUrl());
        token = api.token("admin", ADMIN_PASSWORD);
    }

    @AfterAll
    static void stopBothServers() {
        if (orchestrator != null) {
            orchestrator.close();
        }
        if (specialist != null) {
            specialist.close();
        }
    }

    @Test
    @Order(1)
    void theOrchestratorCallsTheRemoteSpecialistDegradesWhileItIsDownAndRecovers() throws Exception {
        String cardUrl = specialist.baseUrl() + "/a2a/agents/" + ECHO_ID + "/.well-known/agent-card.json";
        Api.Reply registered = api.post("/api/agents/remote", token,
                "{\"cardUrl\":\"" + cardUrl + "\",\"name\":\"far-echo\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.json().getString("kind")).isEqualTo("remote");
        assertThat(registered.json().getString("endpointUrl")).isEqualTo(specialist.baseUrl() + "/a2a/agents/" + ECHO_ID);
        assertThat(registered.json().getString("health")).isEqualTo("active");
        assertThat(api.post("/api/agents/remote", token, "{\"cardUrl\":\"" + specialist.baseUrl()
                + "/no-card-here\"}").status()).isEqualTo(400);

        assertThat(execute("far-echo", "across servers").getString("output")).isEqualTo("across servers");
        JsonObject viaFrontDoor = A2aProtocolIT.result(api.rpc("/a2a", token, null, A2aProtocolIT.rpc("message/send",
                "{\"message\":{\"role\":\"user\",\"messageId\":\"m-far\",\"kind\":\"message\","
                        + "\"metadata\":{\"agent\":\"far-echo\"},\"parts\":[{\"kind\":\"text\",\"text\":\"slow: 2\"}]}}")));
        assertThat(viaFrontDoor.getJsonObject("status").getString("state")).isEqualTo("completed");
        assertThat(viaFrontDoor.getJsonArray("artifacts").getJsonObject(0).toString()).contains("chunk 2");

        specialist.stop();

        JsonObject failed = execute("far-echo", "anyone there?");
        assertThat(failed.getString("status")).isEqualTo("failed");
        assertThat(failed.getString("error")).contains("far-echo");
        awaitValue(() -> circuit("far-echo"), "OPEN", 20, () -> execute("far-echo", "again"));
        JsonObject fastFail = execute("far-echo", "still there?");
        assertThat(fastFail.getString("error")).contains("circuit is open");
        assertThat(fastFail.getJsonNumber("durationMs").longValue()).as("fails fast").isLessThan(1000);

        assertThat(execute("echo", "local work goes on").getString("output")).as("nothing else fails")
                .isEqualTo("local work goes on");
        assertThat(api.get("/api/status", token).status()).isEqualTo(200);
        awaitValue(() -> health("far-echo"), "offline", 30, () -> { });

        specialist.start();
        Thread.sleep(4_500); // the circuit's open period
        awaitValue(() -> execute("far-echo", "back?").getString("status"), "completed", 20, () -> sleep(500));
        assertThat(execute("far-echo", "back again").getString("output")).isEqualTo("back again");
        awaitValue(() -> circuit("far-echo"), "CLOSED", 10, () -> execute("far-echo", "closing"));
        awaitValue(() -> health("far-echo"), "active", 30, () -> { });
    }

    @Test
    @Order(2)
    void underSteadyLoadAKilledSpecialistFailsOnlyItsOwnTasksAndTrafficRecoversAfterItsRestart() throws Exception {
        String cardUrl = specialist.baseUrl() + "/a2a/agents/" + ECHO_ID + "/.well-known/agent-card.json";
        assertThat(api.post("/api/agents/remote", token, "{\"cardUrl\":\"" + cardUrl + "\",\"name\":\"load-echo\"}")
                .status()).isEqualTo(201);
        long killedAt;
        long openAt;
        long restartedAt;
        long recoveredAt;
        List<SteadyLoad.Answer> answers;
        try (SteadyLoad load = new SteadyLoad()
                .clients(4, "load-echo", 20, TwoServerFaultIsolationIT::send)
                .clients(2, "echo", 20, TwoServerFaultIsolationIT::send)) {
            Thread.sleep(5_000);
            killedAt = load.elapsedMillis();
            specialist.kill();
            awaitValue(() -> circuit("load-echo"), "OPEN", 100, () -> { });
            openAt = load.elapsedMillis();
            Thread.sleep(2_000);
            specialist.start();
            restartedAt = load.elapsedMillis();
            recoveredAt = awaitRecovery(load, restartedAt, 20);
            Thread.sleep(2_000);
            answers = load.answers();
        }
        Phase before = Phase.of(answers, "load-echo", 0, killedAt);
        Phase outage = Phase.of(answers, "load-echo", killedAt, recoveredAt);
        Phase after = Phase.of(answers, "load-echo", recoveredAt, Long.MAX_VALUE);
        Phase local = Phase.of(answers, "echo", 0, Long.MAX_VALUE);
        String report = String.join("\n",
                "# Fault isolation under load (TwoServerFaultIsolationIT)",
                "",
                "Measured " + java.time.Instant.now() + ": an orchestrator and a specialist server on one machine; 4 clients"
                        + " send tasks for the remote agent `load-echo` (on the specialist) and 2 for the local `echo`,"
                        + " each pausing 20 ms between requests. The specialist is killed (`kill -9`) after 5 s and started"
                        + " again 2 s after its circuit opened.",
                "",
                "| phase | requests | completed | answered `failed` (fallback) | HTTP errors |",
                "|---|---|---|---|---|",
                before.row("remote, before the kill"),
                outage.row("remote, from the kill until traffic recovered"),
                after.row("remote, after recovery"),
                local.row("local echo, throughout"),
                "",
                "Circuit open " + (openAt - killedAt) + " ms after the kill; the restarted specialist was ready "
                        + (restartedAt - killedAt) + " ms after the kill (its start-up), and remote tasks completed again "
                        + (recoveredAt - restartedAt) + " ms after it was ready (" + (recoveredAt - killedAt)
                        + " ms after the kill), without any action on the orchestrator.");
        System.out.println(report);
        Files.writeString(Path.of("target/fault-isolation.md"), report + "\n");

        assertThat(before.requests()).as("load before the kill").isGreaterThan(10);
        assertThat(before.completed()).as(report).isEqualTo(before.requests());
        assertThat(outage.failed()).as("tasks for the dead agent are answered as failed").isGreaterThan(0);
        assertThat(outage.httpErrors() + before.httpErrors() + after.httpErrors()).as("the orchestrator keeps answering: "
                + report).isZero();
        assertThat(local.requests()).isGreaterThan(50);
        assertThat(local.completed()).as("nothing else fails: " + report).isEqualTo(local.requests());
        assertThat(after.requests()).isGreaterThan(10);
        assertThat(after.completed()).as("traffic recovered (a stray failure of a slow call tolerated): " + report)
                .isGreaterThanOrEqualTo(after.requests() - 2);
        awaitValue(() -> circuit("load-echo"), "CLOSED", 20, () -> sleep(300));
    }

    /** The time (ms since the load began) after which the last 20 remote answers all completed. */
    private static long awaitRecovery(SteadyLoad load, long since, int consecutive) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            List<SteadyLoad.Answer> remote = load.answers().stream()
                    .filter(a -> a.target().equals("load-echo") && a.atMillis() >= since).toList();
            for (int i = 0; i + consecutive <= remote.size(); i++) {
                if (remote.subList(i, i + consecutive).stream().allMatch(SteadyLoad.Answer::completed)) {
                    return remote.get(i).atMillis();
                }
            }
            sleep(200);
        }
        throw new AssertionError("remote tasks did not recover within 90 s of the restart");
    }

    private static SteadyLoad.Answer send(String agent) {
        Api.Reply reply = api.post("/api/execute-task", token, "{\"agent\":\"" + agent + "\",\"input\":\"steady\"}");
        String outcome = reply.status() == 200 ? reply.json().getString("status", "?") : reply.body();
        return new SteadyLoad.Answer(0, agent, reply.status(), outcome);
    }

    /** Counts of the answers for one target in a time window. */
    private record Phase(long requests, long completed, long failed, long httpErrors) {

        static Phase of(List<SteadyLoad.Answer> answers, String target, long from, long to) {
            List<SteadyLoad.Answer> in = answers.stream()
                    .filter(a -> a.target().equals(target) && a.atMillis() >= from && a.atMillis() < to).toList();
            return new Phase(in.size(), in.stream().filter(SteadyLoad.Answer::completed).count(),
                    in.stream().filter(a -> a.httpStatus() == 200 && "failed".equals(a.outcome())).count(),
                    in.stream().filter(a -> a.httpStatus() != 200).count());
        }

        String row(String name) {
            return "| " + name + " | " + requests + " | " + completed + " | " + failed + " | " + httpErrors + " |";
        }
    }

    private static JsonObject execute(String agent, String input) {
        Api.Reply reply = api.post("/api/execute-task", token, "{\"agent\":\"" + agent + "\",\"input\":\"" + input + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static String circuit(String agent) {
        return api.get("/api/status", token).json().getJsonObject("circuits").getString(agent, "none");
    }

    private static String health(String agent) {
        return api.get("/api/agents/" + agent, token).json().getString("health");
    }

    private static void awaitValue(Supplier<String> value, String wanted, int tries, Runnable between) {
        String last = null;
        for (int i = 0; i < tries; i++) {
            last = value.get();
            if (wanted.equals(last)) {
                return;
            }
            between.run();
            sleep(300);
        }
        throw new AssertionError("expected " + wanted + " but still " + last);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(path);
                }
            }
        }
    }
}
