package io.switchboard.it;

import io.switchboard.testing.liberty.LibertyServer;
import static io.switchboard.it.PlatformEndToEndIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same server on the real PostgreSQL (127.0.0.1:5432, database created fresh by the build): the
 * migrations create the schema, the slice works, rows land in PostgreSQL and survive a restart.
 */
class PostgresPersistenceIT {

    static final String DATABASE = System.getProperty("it.postgres.database", "switchboard_it");
    static final String JDBC_URL = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;
    static final String USER = System.getProperty("it.postgres.user", "postgres");
    static final String PASSWORD = System.getProperty("it.postgres.password", "");
    private static final String ADMIN_PASSWORD = "postgres-it-admin-password";

    private static LibertyServer server;
    private static Api api;

    @BeforeAll
    static void startOnPostgres() {
        server = LibertyServer.freshCopy("e2e-postgres", Integer.getInteger("it.port.postgres", 19082), Map.of(
                "SWITCHBOARD_DB_URL", JDBC_URL,
                "SWITCHBOARD_DB_USER", USER,
                "SWITCHBOARD_DB_PASSWORD", PASSWORD,
                "SWITCHBOARD_ADMIN_PASSWORD", ADMIN_PASSWORD));
        server.start();
        api = new Api(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void sliceRunsOnPostgresAndSurvivesARestart() throws SQLException {
        String token = api.token("admin", ADMIN_PASSWORD);
        JsonObject status = api.get("/api/status", token).json();
        assertThat(status.getJsonObject("database").getString("kind")).isEqualTo("postgresql");
        assertThat(status.getJsonObject("database").getString("product")).startsWith("PostgreSQL");

        Api.Reply registered = api.post("/api/register-agent", token, "{\"name\":\"pg-agent\",\"tools\":[\"a\",\"b\"]}");
        assertThat(registered.status()).isEqualTo(201);
        String agentId = registered.json().getString("id");
        JsonObject result = api.post("/api/execute-task", token, "{\"agent\":\"pg-agent\",\"input\":\"stored in PostgreSQL\"}").json();
        assertThat(result.getString("status")).isEqualTo("completed");
        String taskId = result.getString("taskId");

        try (Connection db = DriverManager.getConnection(JDBC_URL, USER, PASSWORD)) {
            assertThat(single(db, "SELECT name FROM agents WHERE id = ?", agentId)).isEqualTo("pg-agent");
            assertThat(single(db, "SELECT string_agg(tool_name, ',' ORDER BY position) FROM agent_tools WHERE agent_id = ?",
                    agentId)).isEqualTo("a,b");
            assertThat(single(db, "SELECT output FROM tasks WHERE id = ?", taskId)).isEqualTo("stored in PostgreSQL");
            assertThat(single(db, "SELECT password_hash FROM users WHERE username = ?", "admin"))
                    .startsWith("pbkdf2-sha256$").doesNotContain(ADMIN_PASSWORD);
            assertThat(single(db, "SELECT count(*) FROM flyway_history_orchestration WHERE NOT success", null))
                    .isEqualTo("0");
            assertThat(single(db, "SELECT state FROM a2a_tasks WHERE agent_id = ?", agentId))
                    .as("the agent's side of the A2A call is recorded too").isEqualTo("completed");
        }

        server.restart();

        String again = api.token("admin", ADMIN_PASSWORD);
        assertThat(api.get("/api/tasks/" + taskId, again).json().getString("output")).isEqualTo("stored in PostgreSQL");
        assertThat(api.get("/api/agents/" + agentId, again).json().getString("name")).isEqualTo("pg-agent");
        assertProblem(api.post("/api/register-agent", again, "{\"name\":\"PG-AGENT\"}"), 409, "already exists");
    }

    @Test
    void inactiveAgentIs409() throws SQLException {
        String token = api.token("admin", ADMIN_PASSWORD);
        String agentId = api.post("/api/register-agent", token, "{\"name\":\"sleepy\"}").json().getString("id");
        try (Connection db = DriverManager.getConnection(JDBC_URL, USER, PASSWORD);
             PreparedStatement update = db.prepareStatement("UPDATE agents SET status = 'inactive' WHERE id = ?")) {
            update.setString(1, agentId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        Api.Reply reply = api.post("/api/execute-task", token, "{\"agent\":\"sleepy\",\"input\":\"wake up\"}");
        assertProblem(reply, 409, "inactive");
        assertThat(reply.json().getString("type")).isEqualTo("urn:switchboard:problem:agent-inactive");
    }

    @Test
    void documentsAreIngestedByABatchJobWhoseRepositoryIsInPostgres() throws SQLException, InterruptedException {
        String token = api.token("admin", ADMIN_PASSWORD);
        String collection = api.post("/api/collections", token, "{\"name\":\"pg-knowledge\"}").json().getString("id");
        Api.Reply upload = api.upload("/api/collections/" + collection + "/documents", token, java.util.List.of(
                KnowledgeDocuments.text("postgres.md", "text/markdown", "# Storage\n\nChunks and vectors live in PostgreSQL.")));
        assertThat(upload.status()).as(upload.body()).isEqualTo(202);
        JsonObject progress = null;
        for (int i = 0; i < 240; i++) {
            progress = api.get("/api/collections/" + collection + "/ingestion", token).json();
            if (progress.getInt("documentsDone") == 1 && "COMPLETED".equals(progress.getString("jobStatus", null))) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(progress.getInt("documentsDone")).as(progress.toString()).isEqualTo(1);
        assertThat(progress.getString("jobStatus")).isEqualTo("COMPLETED");
        try (Connection db = DriverManager.getConnection(JDBC_URL, USER, PASSWORD)) {
            assertThat(single(db, "SELECT count(*) FROM rag_chunks WHERE collection_id = ?", collection)).isEqualTo("1");
            assertThat(single(db, "SELECT count(*) FROM batch_jobexecution", null))
                    .as("the execution is in the job repository in PostgreSQL").isNotEqualTo("0");
        }
        JsonObject hit = api.post("/api/collections/" + collection + "/query", token, "{\"query\":\"where do vectors live\"}")
                .json().getJsonArray("passages").getJsonObject(0);
        assertThat(hit.getString("documentName")).isEqualTo("postgres.md");
    }

    private static String single(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as(sql).isTrue();
                return rows.getString(1);
            }
        }
    }
}
