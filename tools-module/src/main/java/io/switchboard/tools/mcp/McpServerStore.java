package io.switchboard.tools.mcp;

import io.switchboard.core.jdbc.Jdbc;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code tool_mcp_servers} table. */
@ApplicationScoped
public class McpServerStore {

    private static final String COLUMNS = "id, name, transport, command, url, env_sealed, headers_sealed, status, "
            + "status_detail, refreshed_at, created_at, updated_at";

    @jakarta.inject.Inject
    @io.switchboard.core.jdbc.Platform
    DataSource dataSource;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource, "MCP server registry");
    }

    public void insert(McpServerRecord s) {
        jdbc.update("INSERT INTO tool_mcp_servers (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s.id(),
                s.name(), s.transport(), s.command(), s.url(), s.envSealed(), s.headersSealed(), s.status(),
                s.statusDetail(), s.refreshedAt(), s.createdAt(), s.updatedAt());
    }

    public void updateStatus(McpServerRecord s) {
        jdbc.update("UPDATE tool_mcp_servers SET status = ?, status_detail = ?, refreshed_at = ?, updated_at = ? "
                + "WHERE id = ?", s.status(), s.statusDetail(), s.refreshedAt(), s.updatedAt(), s.id());
    }

    public List<McpServerRecord> list() {
        return jdbc.query("SELECT " + COLUMNS + " FROM tool_mcp_servers ORDER BY name", McpServerStore::row);
    }

    public Optional<McpServerRecord> find(String id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM tool_mcp_servers WHERE id = ?", McpServerStore::row, id);
    }

    public Optional<McpServerRecord> findByName(String name) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM tool_mcp_servers WHERE name = ?", McpServerStore::row, name);
    }

    public boolean delete(String id) {
        return jdbc.update("DELETE FROM tool_mcp_servers WHERE id = ?", id) > 0;
    }

    private static McpServerRecord row(ResultSet rs) throws SQLException {
        return new McpServerRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getObject(10, OffsetDateTime.class), rs.getObject(11, OffsetDateTime.class),
                rs.getObject(12, OffsetDateTime.class));
    }
}
