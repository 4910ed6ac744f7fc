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
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two servers on one PostgreSQL database, both ticking twice a second: a schedule firing every second gives
 * one run per due time, not one per server, and every run completes (on PostgreSQL, on whichever server fired it).
 */
class WorkflowSchedulesOnPostgresIT {

    private static final String DATABASE = "switchboard_it_workflows";
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;
    private static final String ADMIN_PASSWORD = "schedules-admin-password";
    private static LibertyServer first;
    private static LibertyServer second;

    @BeforeAll
    static void startTwoServers() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
                PostgresPersistenceIT.USER, PostgresPersistenceIT.PASSWORD); Statement statement = db.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        Map<String, String> env = Map.of("SWITCHBOARD_DB_URL", URL, "SWITCHBOARD_DB_USER", PostgresPersistenceIT.USER,
                "SWITCHBOARD_DB_PASSWORD", PostgresPersistenceIT.PASSWORD, "SWITCHBOARD_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "SWITCHBOARD_WORKFLOWS_TICK", "PT0.5S");
        first = LibertyServer.freshCopy("e2e-wf-pg-1", Integer.getInteger("it.port.workflows-pg-1", 19088), env);
        first.start();
        second = LibertyServer.freshCopy("e2e-wf-pg-2", Integer.getInteger("it.port.workflows-pg-2", 19089), env);
        second.start();
    }

    @AfterAll
    static void stop() {
        for (LibertyServer server : new LibertyServer[] {second, first}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
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
            try (Statement servers = db.createStatement();
                 ResultSet rs = servers.executeQuery("SELECT count(DISTINCT serverid) FROM batch_jobexecution")) {
                rs.next();
                assertThat(rs.getInt(1)).as("both servers fired some of the due times (Liberty's job repository "
                        + "records the server of each execution)").isEqualTo(2);
            }
        }
        JsonObject last = api.get("/api/runs?workflow=" + workflow + "&limit=1", admin).structure().asJsonArray()
                .getJsonObject(0);
        assertThat(last.getString("output")).isEqualTo("fired");
    }
}
