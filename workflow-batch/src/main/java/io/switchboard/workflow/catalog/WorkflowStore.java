package io.switchboard.workflow.catalog;

import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowVersionView;
import io.switchboard.api.workflow.WorkflowView;
import io.switchboard.core.jdbc.Jdbc;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code workflows} and {@code workflow_versions} tables. */
@ApplicationScoped
public class WorkflowStore {

    @jakarta.inject.Inject
    @io.switchboard.core.jdbc.Platform
    DataSource dataSource;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource, "workflow catalog");
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<String> idByName(String name) {
        return jdbc.queryOne("SELECT id FROM workflows WHERE name_key = ?", rs -> rs.getString(1), key(name));
    }

    public void insertWorkflow(String id, WorkflowDocument doc, String by, OffsetDateTime now) {
        jdbc.update("INSERT INTO workflows (id, name, name_key, description, current_version, created_by, created_at, "
                + "updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)", id, doc.name().strip(), key(doc.name()),
                doc.description(), by, now, now);
    }

    public void insertVersion(String id, int version, WorkflowDocument doc, String comment, String by,
                              OffsetDateTime now) {
        jdbc.update("INSERT INTO workflow_versions (workflow_id, version, definition, comment, created_by, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, version, DefinitionJson.write(doc), comment, by, now);
    }

    /** Moves the workflow to its next version when it still is at {@code expected}; false when it moved on. */
    public boolean advance(String id, int expected, WorkflowDocument doc, OffsetDateTime now) {
        return jdbc.update("UPDATE workflows SET current_version = ?, name = ?, name_key = ?, description = ?, "
                + "updated_at = ? WHERE id = ? AND current_version = ?", expected + 1, doc.name().strip(),
                key(doc.name()), doc.description(), now, id, expected) == 1;
    }

    public Optional<WorkflowView> workflow(String id) {
        return jdbc.queryOne("SELECT w.id, w.name, w.description, w.current_version, w.created_by, w.created_at, "
                + "w.updated_at, v.definition FROM workflows w JOIN workflow_versions v ON v.workflow_id = w.id AND "
                + "v.version = w.current_version WHERE w.id = ?", WorkflowStore::workflowRow, id);
    }

    public List<WorkflowView> workflows() {
        return jdbc.query("SELECT w.id, w.name, w.description, w.current_version, w.created_by, w.created_at, "
                + "w.updated_at, v.definition FROM workflows w JOIN workflow_versions v ON v.workflow_id = w.id AND "
                + "v.version = w.current_version ORDER BY w.name_key", WorkflowStore::workflowRow);
    }

    public List<WorkflowVersionView> versions(String id) {
        return jdbc.query("SELECT workflow_id, version, comment, created_by, created_at, definition FROM "
                + "workflow_versions WHERE workflow_id = ? ORDER BY version", WorkflowStore::versionRow, id);
    }

    public Optional<WorkflowVersionView> version(String id, int version) {
        return jdbc.queryOne("SELECT workflow_id, version, comment, created_by, created_at, definition FROM "
                + "workflow_versions WHERE workflow_id = ? AND version = ?", WorkflowStore::versionRow, id, version);
    }

    public boolean delete(String id) {
        return jdbc.update("DELETE FROM workflows WHERE id = ?", id) == 1;
    }

    private static WorkflowView workflowRow(ResultSet rs) throws SQLException {
        return new WorkflowView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                instant(rs, 6), instant(rs, 7), DefinitionJson.read(rs.getString(8)));
    }

    private static WorkflowVersionView versionRow(ResultSet rs) throws SQLException {
        return new WorkflowVersionView(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), instant(rs, 5),
                DefinitionJson.read(rs.getString(6)));
    }

    private static String instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant().toString();
    }
}
