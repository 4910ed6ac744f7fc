package io.switchboard.tools.sql;

import io.switchboard.core.jdbc.Jdbc;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code tool_datasources} table. */
@ApplicationScoped
public class DatasourceStore {

    private static final String COLUMNS = "id, name, jdbc_url, username, password_sealed, max_rows, "
            + "query_timeout_seconds, created_at, updated_at";

    @jakarta.inject.Inject
    @io.switchboard.core.jdbc.Platform
    DataSource dataSource;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource, "datasource registry");
    }

    public void insert(DatasourceRecord d) {
        jdbc.update("INSERT INTO tool_datasources (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", d.id(),
                d.name(), d.jdbcUrl(), d.username(), d.passwordSealed(), d.maxRows(), d.queryTimeoutSeconds(),
                d.createdAt(), d.updatedAt());
    }

    public List<DatasourceRecord> list() {
        return jdbc.query("SELECT " + COLUMNS + " FROM tool_datasources ORDER BY name", DatasourceStore::row);
    }

    public Optional<DatasourceRecord> find(String id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM tool_datasources WHERE id = ?", DatasourceStore::row, id);
    }

    public Optional<DatasourceRecord> findByName(String name) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM tool_datasources WHERE name = ?", DatasourceStore::row, name);
    }

    public boolean delete(String id) {
        return jdbc.update("DELETE FROM tool_datasources WHERE id = ?", id) > 0;
    }

    private static DatasourceRecord row(ResultSet rs) throws SQLException {
        return new DatasourceRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), rs.getInt(7), rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class));
    }
}
