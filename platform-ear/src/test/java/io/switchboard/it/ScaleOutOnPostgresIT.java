package io.switchboard.it;

import io.switchboard.testing.liberty.LibertyServer;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two servers on one PostgreSQL database (scale-out on one machine, two ports), both ticking twice a second:
 * what one server creates (agents, tasks, workflows, runs) the other reads; a schedule firing every second gives
 * one run per due time, not one per server, and every run completes; a run whose server is killed is restarted
 * on the other server once the dead one's heartbeat is stale, and no node that completed runs again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutOnPostgresIT {

    private static final String DATABASE = "switchboard_it_workflows";
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;
    private static final String ADMIN_PASSWORD = "schedules-admin-password";
    private static LibertyServer first;
    private static LibertyServer second;
    private static CountingBackend backend;

    @BeforeAll
    static void startTwoServers() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
                PostgresPersistenceIT.USER, PostgresPersistenceIT.PASSWORD); Statement statement = db.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        // servers sharing a database share the JWT signing keys and the master key of secrets at rest
        java.nio.file.Path keys = java.nio.file.Path.of("target/scale-out-keys").toAbsolutePath();
        byte[] masterKey = new byte[32];
        new java.security.SecureRandom().nextBytes(masterKey);
        Map<String, String> env = new java.util.HashMap<>(Map.of("SWITCHBOARD_DB_URL", URL,
                "SWITCHBOARD_DB_USER", PostgresPersistenceIT.USER, "SWITCHBOARD_DB_PASSWORD", PostgresPersistenceIT.PASSWORD,
                "SWITCHBOARD_ADMIN_PASSWORD", ADMIN_PASSWORD, "SWITCHBOARD_WORKFLOWS_TICK", "PT0.5S",
                "SWITCHBOARD_WORKFLOWS_SERVER_TIMEOUT", "PT5S", "SWITCHBOARD_TOOLS_HTTP_ALLOWED_HOSTS", "127.0.0.1"));
        env.putAll(Map.of("SWITCHBOARD_JWT_PRIVATE_KEY_LOCATION", keys.resolve("jwt-private.pem").toString(),
                "SWITCHBOARD_JWT_PUBLIC_KEY_LOCATION", keys.resolve("jwt-public.pem").toString(),
                "SWITCHBOARD_MASTER_KEY", java.util.Base64.getEncoder().encodeToString(masterKey)));
        first = LibertyServer.freshCopy("e2e-wf-pg-1", Integer.getInteger("it.port.workflows-pg-1", 19088), env);
        first.start();
        second = LibertyServer.freshCopy("e2e-wf-pg-2", Integer.getInteger("it.port.workflows-pg-2", 19089), env);
        second.start();
        backend = new CountingBackend();
    }

    @AfterAll
    static void stop() {
        for (LibertyServer server : new LibertyServer[] {second, first}) {
            if (server != null) {
                server.close();
            }
        }
        if (backend != null) {
            backend.close();
        }
    }

    @Test
    @Order(1)
    void whatOneServerWritesTheOtherReads() {
        Api one = new Api(first.baseUrl());
        Api two = new Api(second.baseUrl());
        String admin = one.token("admin", ADMIN_PASSWORD);
        assertThat(two.get("/api/status", admin).status()).as("one token for both: they share the signing keys")
                .isEqualTo(200);

        Api.Reply agent = one.post("/api/agents", admin, "{\"name\":\"shared-notes\",\"description\":"
                + "\"Answers from shared notes\",\"specialist\":\"echo\"}");
        assertThat(agent.status()).as(agent.body()).isEqualTo(201);
        assertThat(two.get("/api/agents/shared-notes", admin).json().getString("id"))
                .isEqualTo(agent.json().getString("id"));

        Api.Reply task = one.post("/api/execute-task", admin, "{\"agent\":\"echo\",\"input\":\"seen from both\"}");
        assertThat(task.status()).as(task.body()).isEqualTo(200);
        JsonObject read = two.get("/api/tasks/" + task.json().getString("taskId"), admin).json();
        assertThat(read.getString("status")).isEqualTo("completed");
        assertThat(read.toString()).contains("seen from both");

        Api.Reply workflow = one.post("/api/workflows", admin, """
                {"name":"seen-from-both","nodes":[{"id":"start","type":"start"},
                  {"id":"done","type":"end","config":{"output":"both"}}],"edges":[{"from":"start","to":"done"}]}""");
        assertThat(workflow.status()).as(workflow.body()).isEqualTo(201);
        String id = workflow.json().getString("id");
        assertThat(two.get("/api/workflows/" + id, admin).json().getString("name")).isEqualTo("seen-from-both");
        Api.Reply run = one.post("/api/workflows/" + id + "/runs", admin, "{}");
        assertThat(run.status()).as(run.body()).isEqualTo(202);
        assertThat(two.get("/api/runs/" + run.json().getString("id"), admin).status()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void aRunWhoseServerDiedIsRestartedOnTheOtherServer() throws Exception {
        Api one = new Api(first.baseUrl());
        Api two = new Api(second.baseUrl());
        String admin = one.token("admin", ADMIN_PASSWORD);
        backend.registerTool(one, admin, "scale_work");
        List<String> nodes = new java.util.ArrayList<>(List.of("{\"id\":\"start\",\"type\":\"start\"}"));
        List<String> edges = new java.util.ArrayList<>();
        String previous = "start";
        for (int i = 1; i <= 6; i++) {
            nodes.add("{\"id\":\"n" + i + "\",\"type\":\"tool\",\"config\":{\"tool\":\"scale_work\","
                    + "\"arguments\":{\"node\":\"scale-n" + i + "\",\"ms\":700}}}");
            edges.add("{\"from\":\"" + previous + "\",\"to\":\"n" + i + "\"}");
            previous = "n" + i;
        }
        nodes.add("{\"id\":\"done\",\"type\":\"end\",\"config\":{\"output\":\"${nodes.n6.output.body.node}\"}}");
        edges.add("{\"from\":\"" + previous + "\",\"to\":\"done\"}");
        Api.Reply created = one.post("/api/workflows", admin, "{\"name\":\"scale-out-restart\",\"nodes\":["
                + String.join(",", nodes) + "],\"edges\":[" + String.join(",", edges) + "]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String run = one.post("/api/workflows/" + created.json().getString("id") + "/runs", admin, "{}").json()
                .getString("id");

        Set<String> completedBeforeKill = completedNodes(two, admin, run, 2);
        first.kill();

        Api.Reply restarted = two.post("/api/runs/" + run + "/restart", admin, "");
        assertThat(restarted.status()).as("the job looks active until the dead server's heartbeat is stale: "
                + restarted.body()).isEqualTo(409);
        for (int i = 0; i < 60 && restarted.status() == 409; i++) {
            Thread.sleep(500);
            restarted = two.post("/api/runs/" + run + "/restart", admin, "");
        }
        assertThat(restarted.status()).as(restarted.body()).isEqualTo(200);
        JsonObject done = null;
        for (int i = 0; i < 240; i++) {
            done = two.get("/api/runs/" + run, admin).json();
            if (Set.of("completed", "failed").contains(done.getString("state"))) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(done.getString("state")).as(done.toString()).isEqualTo("completed");
        assertThat(done.getString("output")).isEqualTo("scale-n6");
        for (String node : completedBeforeKill) {
            assertThat(backend.calls("scale-" + node)).as("%s completed before the kill: not run again", node).hasSize(1);
        }
    }

    private static Set<String> completedNodes(Api api, String admin, String run, int atLeast) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Set<String> completed = api.get("/api/runs/" + run, admin).json().getJsonArray("nodes")
                    .getValuesAs(JsonObject.class).stream()
                    .filter(n -> n.getString("state").equals("completed") && n.getString("nodeId").startsWith("n"))
                    .map(n -> n.getString("nodeId")).collect(java.util.stream.Collectors.toSet());
            if (completed.size() >= atLeast) {
                assertThat(completed).as("killed midway").doesNotContain("n6");
                return completed;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + run + " did not complete " + atLeast + " nodes");
    }

    @Test
    @Order(2)
    void twoServersFireEachDueTimeOnce() throws Exception {
        Api api = new Api(first.baseUrl());
        String admin = api.token("admin", ADMIN_PASSWORD);
        Api.Reply created = api.post("/api/workflows", admin, """
                {"name":"twice-a-tick","nodes":[{"id":"start","type":"start"},
                  {"id":"stamp","type":"transform","config":{"template":"fired"}},
                  {"id":"done","type":"end","config":{"output":"${nodes.stamp.output}"}}],
                 "edges":[{"from":"start","to":"stamp"},{"from":"stamp","to":"done"}]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String workflow = created.json().getString("id");
        String path = "/api/workflows/" + workflow + "/schedules";
        Instant from = Instant.now();
        Api.Reply scheduled = api.post(path, admin, "{\"cron\":\"* * * * * *\"}");
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        Thread.sleep(16_000);
        Api.Reply paused = api.put(path + "/" + scheduled.json().getString("id"), admin,
                "{\"cron\":\"* * * * * *\",\"enabled\":false}");
        assertThat(paused.status()).as(paused.body()).isEqualTo(200);
        Instant to = Instant.now();
        Thread.sleep(4_000); // the last runs finish

        long dueTimes = Duration.between(from, to).toSeconds() + 1;
        try (Connection db = DriverManager.getConnection(URL, PostgresPersistenceIT.USER, PostgresPersistenceIT.PASSWORD);
             PreparedStatement query = db.prepareStatement("SELECT count(*), count(*) FILTER (WHERE state = 'completed') "
                     + "FROM workflow_runs WHERE workflow_id = ?")) {
            query.setString(1, workflow);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                long runs = rs.getLong(1);
                assertThat(runs).as("one run per due time (%d in the window), not one per server", dueTimes)
                        .isBetween(dueTimes - 4, dueTimes);
                assertThat(rs.getLong(2)).as("every run completed").isEqualTo(runs);
            }
            try (PreparedStatement servers = db.prepareStatement(
                    "SELECT count(DISTINCT server_id) FROM workflow_runs WHERE workflow_id = ?")) {
                servers.setString(1, workflow);
                try (ResultSet rs = servers.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("both servers fired some of the due times (each run records the server "
                            + "that launched its job)").isEqualTo(2);
                }
            }
        }
        JsonObject last = api.get("/api/runs?workflow=" + workflow + "&limit=1", admin).structure().asJsonArray()
                .getJsonObject(0);
        assertThat(last.getString("output")).isEqualTo("fired");
    }
}
