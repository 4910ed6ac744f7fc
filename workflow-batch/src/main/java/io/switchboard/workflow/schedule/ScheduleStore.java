package io.switchboard.workflow.schedule;

import io.switchboard.core.jdbc.Jdbc;
import io.switchboard.workflow.run.RunValues;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code workflow_schedules} table. */
@ApplicationScoped
public class ScheduleStore {

    /** A schedule as stored. */
    public record Schedule(String id, String workflowId, Integer version, String cron, String timeZone,
                           JsonObject inputs, boolean enabled, String misfirePolicy, OffsetDateTime nextFireAt,
                           OffsetDateTime lastFiredAt, String lastRunId, int misfires, String createdBy,
                           String createdRoles, OffsetDateTime createdAt) {
    }

    private static final String COLUMNS = "id, workflow_id, version, cron, time_zone, inputs, enabled, misfire_policy, "
            + "next_fire_at, last_fired_at, last_run_id, misfires, created_by, created_roles, created_at";

    @jakarta.inject.Inject
    @io.switchboard.core.jdbc.Platform
    DataSource dataSource;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource, "workflow schedules");
    }

    public void insert(Schedule s) {
        // the nullable non-text columns as SQL: PostgreSQL does not convert a null parameter sent as text
        jdbc.update("INSERT INTO workflow_schedules (" + COLUMNS + ") VALUES (?, ?, CAST(? AS INTEGER), ?, ?, ?, ?, ?, "
                        + "?, NULL, NULL, 0, ?, ?, ?)", s.id(), s.workflowId(), s.version(), s.cron(), s.timeZone(),
                s.inputs().toString(), s.enabled(), s.misfirePolicy(), s.nextFireAt(), s.createdBy(), s.createdRoles(),
                s.createdAt());
    }

    public void update(Schedule s) {
        jdbc.update("UPDATE workflow_schedules SET version = CAST(? AS INTEGER), cron = ?, time_zone = ?, inputs = ?, "
                        + "enabled = ?, misfire_policy = ?, next_fire_at = ? WHERE id = ?", s.version(), s.cron(),
                s.timeZone(), s.inputs().toString(), s.enabled(), s.misfirePolicy(), s.nextFireAt(), s.id());
    }

    public void disable(String id) {
        jdbc.update("UPDATE workflow_schedules SET enabled = ? WHERE id = ?", false, id);
    }

    public Optional<Schedule> get(String id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM workflow_schedules WHERE id = ?", ScheduleStore::row, id);
    }

    public List<Schedule> ofWorkflow(String workflowId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM workflow_schedules WHERE workflow_id = ? ORDER BY created_at, id",
                ScheduleStore::row, workflowId);
    }

    /** Enabled schedules due at {@code now}, earliest first. */
    public List<Schedule> due(OffsetDateTime now) {
        return jdbc.query("SELECT " + COLUMNS + " FROM workflow_schedules WHERE enabled = ? AND next_fire_at <= ? "
                + "ORDER BY next_fire_at FETCH FIRST 100 ROWS ONLY", ScheduleStore::row, true, now);
    }

    /**
     * Fires a due schedule: moves it on to its next fire time and records the run, only if it is still due at
     * {@code expected} (no other server fired it meanwhile).
     */
    public boolean claimFiring(String id, OffsetDateTime expected, OffsetDateTime next, OffsetDateTime firedAt,
                               String runId) {
        return jdbc.update("UPDATE workflow_schedules SET next_fire_at = ?, last_fired_at = ?, last_run_id = ? "
                + "WHERE id = ? AND enabled = ? AND next_fire_at = ?", next, firedAt, runId, id, true, expected) == 1;
    }

    /** Skips missed fire times (misfire policy skip): moves on to the next one and counts the misfire. */
    public boolean claimSkip(String id, OffsetDateTime expected, OffsetDateTime next) {
        return jdbc.update("UPDATE workflow_schedules SET next_fire_at = ?, misfires = misfires + 1 WHERE id = ? AND "
                + "enabled = ? AND next_fire_at = ?", next, id, true, expected) == 1;
    }

    /** A fire-once misfire: the missed times collapse into the one firing now. */
    public void countMisfire(String id) {
        jdbc.update("UPDATE workflow_schedules SET misfires = misfires + 1 WHERE id = ?", id);
    }

    public boolean delete(String id) {
        return jdbc.update("DELETE FROM workflow_schedules WHERE id = ?", id) == 1;
    }

    private static Schedule row(ResultSet rs) throws SQLException {
        Integer version = rs.getObject(3) == null ? null : rs.getInt(3);
        return new Schedule(rs.getString(1), rs.getString(2), version, rs.getString(4), rs.getString(5),
                RunValues.parse(rs.getString(6)).asJsonObject(), rs.getBoolean(7), rs.getString(8),
                rs.getObject(9, OffsetDateTime.class), rs.getObject(10, OffsetDateTime.class), rs.getString(11),
                rs.getInt(12), rs.getString(13), rs.getString(14), rs.getObject(15, OffsetDateTime.class));
    }
}
