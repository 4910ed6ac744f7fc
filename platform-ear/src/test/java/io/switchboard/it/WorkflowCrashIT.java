package io.switchboard.it;

import io.switchboard.testing.liberty.LibertyServer;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kills the server (kill -9) in the middle of a workflow run whose nodes count their executions on a backend in
 * the test JVM, starts it again and restarts the run: it completes, no node that had completed ran again, and the
 * node that was in flight was called again with the same idempotency key. Then the same with automatic restart
 * switched on: the run completes with no operator action.
 */
class WorkflowCrashIT {

    private static final String ADMIN_PASSWORD = "workflow-crash-admin-password";
    private static final int NODES = 8;
    private static LibertyServer server;
    private static Api api;
    private static CountingBackend backend;

    @BeforeAll
    static void startServer() {
        server = LibertyServer.freshCopy("e2e-wf-crash", Integer.getInteger("it.port.crash", 19086),
                Map.of("SWITCHBOARD_ADMIN_PASSWORD", ADMIN_PASSWORD,
                        "SWITCHBOARD_TOOLS_HTTP_ALLOWED_HOSTS", "127.0.0.1",
                        "SWITCHBOARD_WORKFLOWS_TICK", "PT1S"));
        server.start();
        api = new Api(server.baseUrl());
        backend = new CountingBackend();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
        if (backend != null) {
            backend.close();
        }
    }

    @Test
    void aRunKilledMidwayCompletesAfterARestartAndNoCompletedNodeRunsTwice() throws Exception {
        String admin = api.token("admin", ADMIN_PASSWORD);
        String tool = "crash_work";
        backend.registerTool(api, admin, tool);

        String tag = "manual";
        String run = startLongRun(admin, tool, tag);
        Set<String> completedBeforeKill = awaitCompletedNodes(admin, run, 3);
        server.kill();
        server.start();

        admin = api.token("admin", ADMIN_PASSWORD);
        assertThat(api.get("/api/runs/" + run, admin).json().getString("state")).as("interrupted, not over")
                .isIn("running", "queued");
        Api.Reply restarted = api.post("/api/runs/" + run + "/restart", admin, "");
        assertThat(restarted.status()).as(restarted.body()).isEqualTo(200);
        assertCompletedOnceEach(admin, run, tag, completedBeforeKill);

        // automatic restart: the operator switched it on
        String auto = startLongRun(admin, tool, "auto");
        Set<String> autoBeforeKill = awaitCompletedNodes(admin, auto, 2);
        server.kill();
        server.environment("SWITCHBOARD_WORKFLOWS_AUTO_RESTART", "true");
        server.start();
        assertCompletedOnceEach(api.token("admin", ADMIN_PASSWORD), auto, "auto", autoBeforeKill);
    }

    private static String startLongRun(String admin, String tool, String tag) {
        List<String> nodes = new ArrayList<>(List.of("{\"id\":\"start\",\"type\":\"start\"}"));
        List<String> edges = new ArrayList<>();
        String previous = "start";
        for (int i = 1; i <= NODES; i++) {
            nodes.add("""
                    {"id":"n%d","type":"tool","config":{"tool":"%s","arguments":{"node":"%s-n%d","ms":900}}}"""
                    .formatted(i, tool, tag, i));
            edges.add("{\"from\":\"" + previous + "\",\"to\":\"n" + i + "\"}");
            previous = "n" + i;
        }
        nodes.add("{\"id\":\"done\",\"type\":\"end\",\"config\":{\"output\":\"${nodes.n" + NODES + ".output.body.node}\"}}");
        edges.add("{\"from\":\"" + previous + "\",\"to\":\"done\"}");
        Api.Reply created = api.post("/api/workflows", admin, "{\"name\":\"crash-" + tag + "\",\"nodes\":["
                + String.join(",", nodes) + "],\"edges\":[" + String.join(",", edges) + "]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.Reply started = api.post("/api/workflows/" + created.json().getString("id") + "/runs", admin, "{}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return started.json().getString("id");
    }

    private static Set<String> awaitCompletedNodes(String admin, String run, int atLeast) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonObject view = api.get("/api/runs/" + run, admin).json();
            Set<String> completed = view.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                    .filter(n -> n.getString("state").equals("completed") && n.getString("nodeId").startsWith("n"))
                    .map(n -> n.getString("nodeId")).collect(Collectors.toSet());
            if (completed.size() >= atLeast) {
                assertThat(completed.size()).as("killed midway").isLessThan(NODES);
                return completed;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + run + " did not complete " + atLeast + " nodes");
    }

    private static void assertCompletedOnceEach(String admin, String run, String tag, Set<String> completedBeforeKill)
            throws InterruptedException {
        JsonObject done = null;
        for (int i = 0; i < 1200; i++) {
            done = api.get("/api/runs/" + run, admin).json();
            if (Set.of("completed", "failed").contains(done.getString("state"))) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(done.getString("state")).as(done.toString()).isEqualTo("completed");
        assertThat(done.getString("output")).isEqualTo(tag + "-n" + NODES);
        int repeated = 0;
        for (int i = 1; i <= NODES; i++) {
            String node = "n" + i;
            List<String> calls = backend.calls(tag + "-" + node);
            if (completedBeforeKill.contains(node)) {
                assertThat(calls).as("%s completed before the crash: never run again", node).hasSize(1);
            } else {
                assertThat(calls).as("%s ran at least once and at most twice (in flight at the crash)", node)
                        .isNotEmpty().hasSizeLessThanOrEqualTo(2);
                assertThat(Set.copyOf(calls)).as("a repeated call carries the same idempotency key")
                        .containsExactly(run + ":" + node + ":0.0");
                repeated += calls.size() - 1;
            }
        }
        assertThat(repeated).as("only the node in flight at the crash was called again").isLessThanOrEqualTo(1);
    }
}
