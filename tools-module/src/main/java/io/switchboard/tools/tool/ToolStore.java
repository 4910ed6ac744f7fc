package io.switchboard.tools.tool;

import io.switchboard.core.jdbc.Jdbc;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code tools} table. */
@ApplicationScoped
public class ToolStore {

    private static final String COLUMNS = "id, name, description, kind, parameters, config, enabled, built_in, "
            + "timeout_ms, max_attempts, rate_per_minute, invoke_roles, mcp_server_id, mcp_tool_name, created_at, "
            + "updated_at";

    @jakarta.inject.Inject
    @io.switchboard.core.jdbc.Platform
    DataSource dataSource;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource, "tool registry");
    }

    public void insert(ToolDefinition t) {
        jdbc.update("INSERT INTO tools (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                t.id(), t.name(), t.description(), t.kind(), t.parameters(), t.config(), t.enabled(), t.builtIn(),
                t.timeoutMs(), t.maxAttempts(), t.ratePerMinute(), String.join(",", t.invokeRoles()), t.mcpServerId(),
                t.mcpToolName(), t.createdAt(), t.updatedAt());
    }

    public void update(ToolDefinition t) {
        jdbc.update("UPDATE tools SET description = ?, parameters = ?, config = ?, enabled = ?, timeout_ms = ?, "
                        + "max_attempts = ?, rate_per_minute = ?, invoke_roles = ?, updated_at = ? WHERE id = ?",
                t.description(), t.parameters(), t.config(), t.enabled(), t.timeoutMs(), t.maxAttempts(),
                t.ratePerMinute(), String.join(",", t.invokeRoles()), t.updatedAt(), t.id());
    }

    public boolean delete(String id) {
        return jdbc.update("DELETE FROM tools WHERE id = ?", id) > 0;
    }

    public List<ToolDefinition> list() {
        return jdbc.query("SELECT " + COLUMNS + " FROM tools ORDER BY name", ToolStore::row);
    }

    public Optional<ToolDefinition> find(String id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM tools WHERE id = ?", ToolStore::row, id);
    }

    public Optional<ToolDefinition> findByName(String name) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM tools WHERE name = ?", ToolStore::row, name);
    }

    public List<ToolDefinition> ofMcpServer(String serverId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM tools WHERE mcp_server_id = ? ORDER BY name", ToolStore::row,
                serverId);
    }

    public int deleteOfMcpServer(String serverId) {
        return jdbc.update("DELETE FROM tools WHERE mcp_server_id = ?", serverId);
    }

    private static ToolDefinition row(ResultSet rs) throws SQLException {
        String roles = rs.getString(12);
        return new ToolDefinition(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
                roles == null || roles.isBlank() ? List.of() : Arrays.asList(roles.split(",")), rs.getString(13),
                rs.getString(14), rs.getObject(15, OffsetDateTime.class), rs.getObject(16, OffsetDateTime.class));
    }
}
