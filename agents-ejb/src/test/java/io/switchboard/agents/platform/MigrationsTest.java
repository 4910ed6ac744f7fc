package io.switchboard.agents.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The agents module's migrations run on H2 in PostgreSQL mode, the embedded default, with the settings the
 * server uses. (PostgreSQL itself is covered by the integration tests.)
 */
class MigrationsTest {

    @Test
    void createTablesAndTheEchoAgentAndAreRepeatable() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:migrations-" + System.nanoTime()
                + ";MODE=LEGACY;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/agents")
                .table("flyway_history_agents").baselineOnMigrate(true).baselineVersion("0").load();

        assertThat(flyway.migrate().migrationsExecuted).isPositive();
        assertThat(flyway.migrate().migrationsExecuted).isZero();

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name, executor, status, built_in, skills FROM agents "
                     + "ORDER BY name")) {
            java.util.List<String> names = new java.util.ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString("name"));
                assertThat(rows.getString("executor")).as("built-in agents use their own executor")
                        .isEqualTo(rows.getString("name"));
                assertThat(rows.getString("status")).isEqualTo("active");
                assertThat(rows.getBoolean("built_in")).isTrue();
                if (!rows.getString("name").equals("echo")) {
                    assertThat(rows.getString("skills")).as("specialists declare skills to route by").contains("examples");
                }
            }
            assertThat(names).containsExactly("data", "document", "echo", "general", "tool", "vision");
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT tool_name FROM agent_tools "
                     + "WHERE agent_id = '00000000-0000-4000-8000-000000000002'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).as("the tool agent may use every tool").isEqualTo("*");
        }
    }

    @Test
    void uniqueNameViolationsAreRecognised() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:unique-" + System.nanoTime() + ";MODE=LEGACY;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/agents").load().migrate();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO agents (id, name, name_key, kind, executor, status, created_at, updated_at) "
                    + "VALUES ('x', 'Echo', 'echo', 'local', 'echo', 'active', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        } catch (SQLException duplicate) {
            assertThat(ConstraintViolations.isDuplicate(new RuntimeException(duplicate))).isTrue();
            return;
        }
        throw new AssertionError("the duplicate name_key was accepted");
    }

    @Test
    void otherDatabaseErrorsAreNotConstraintViolations() {
        assertThat(ConstraintViolations.isDuplicate(new SQLException("no table", "42P01"))).isFalse();
        assertThat(ConstraintViolations.isDuplicate(new SQLException("null in NOT NULL column", "23502")))
                .as("a NOT NULL violation is a bug, not a duplicate").isFalse();
        assertThat(ConstraintViolations.isDuplicate(new RuntimeException("no SQL at all"))).isFalse();
        assertThat(ConstraintViolations.isDuplicate(
                new RuntimeException(new SQLException("dup", "23505")))).isTrue();
    }

    @Test
    void databaseKindFollowsTheProductName() {
        assertThat(DatabaseInfo.kindOf("PostgreSQL")).isEqualTo("postgresql");
        assertThat(DatabaseInfo.kindOf("H2")).isEqualTo("embedded");
    }
}
