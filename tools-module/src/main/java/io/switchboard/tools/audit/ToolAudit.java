package io.switchboard.tools.audit;

import io.switchboard.api.tool.ToolAuditEntry;
import io.switchboard.core.jdbc.Jdbc;
import io.switchboard.tools.json.JsonValues;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Writes and reads the {@code tool_invocations} audit. */
@ApplicationScoped
public class ToolAudit {

    private static final int MAX_ERROR = 2000;

    @jakarta.inject.Inject
    @io.switchboard.core.jdbc.Platform
    DataSource dataSource;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource, "tool audit");
    }

    @jakarta.inject.Inject
    io.switchboard.core.event.ExecutionLog log;

    /**
     * Records an invocation outside the caller's transaction (one auto-committed insert), so it stays recorded
     * whatever that transaction does, and then logs it as a {@code tool.call} event. No transaction is open while
     * the event waits for the log's group commit: a waiter holding a transaction's connection could starve the
     * pool the group commit needs (this was a REQUIRES_NEW method, and 64 clients deadlocked the pool).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void record(AuditRecord r) {
        String error = insert(r);
        logEvent(r, error);
    }

    private String insert(AuditRecord r) {
        String error = r.error() == null || r.error().length() <= MAX_ERROR ? r.error()
                : r.error().substring(0, MAX_ERROR - 3) + "...";
        jdbc.update("INSERT INTO tool_invocations (id, tool_id, tool_name, caller_type, caller, task_id, run_id, "
                        + "arguments, outcome, error, attempts, duration_ms, started_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.id(), r.toolId(), r.toolName(), r.callerType(), r.caller(), r.taskId(), r.runId(), r.arguments(),
                r.outcome(), error, r.attempts(), r.durationMs(), r.startedAt());
        return error;
    }

    private void logEvent(AuditRecord r, String error) {
        if (log != null) {
            java.util.Map<String, Object> data = new java.util.HashMap<>();
            data.put("tool", r.toolName());
            data.put("callerType", r.callerType());
            data.put("caller", r.caller());
            data.put("outcome", r.outcome());
            data.put("attempts", r.attempts());
            data.put("durationMs", r.durationMs());
            data.put("invocationId", r.id());
            data.put("error", error);
            log.record(io.switchboard.core.event.ExecutionLog.TOOL_CALL, r.taskId(),
                    "agent".equals(r.callerType()) ? r.caller() : null, data);
        }
    }

    public List<ToolAuditEntry> find(AuditQuery q) {
        StringBuilder sql = new StringBuilder("SELECT id, tool_id, tool_name, caller_type, caller, task_id, run_id, "
                + "arguments, outcome, error, attempts, duration_ms, started_at FROM tool_invocations WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        filter(sql, parameters, "tool_name = ?", q.tool());
        filter(sql, parameters, "caller_type = ?", q.callerType());
        filter(sql, parameters, "caller = ?", q.caller());
        filter(sql, parameters, "outcome = ?", q.outcome());
        filter(sql, parameters, "task_id = ?", q.taskId());
        filter(sql, parameters, "run_id = ?", q.runId());
        filter(sql, parameters, "started_at >= ?", q.since() == null ? null : q.since().atOffset(ZoneOffset.UTC));
        filter(sql, parameters, "started_at < ?", q.until() == null ? null : q.until().atOffset(ZoneOffset.UTC));
        sql.append(" ORDER BY started_at DESC, id FETCH FIRST ").append(q.limit()).append(" ROWS ONLY");
        return jdbc.query(sql.toString(), ToolAudit::entry, parameters.toArray());
    }

    private static void filter(StringBuilder sql, List<Object> parameters, String condition, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            sql.append(" AND ").append(condition);
            parameters.add(value);
        }
    }

    private static ToolAuditEntry entry(ResultSet rs) throws SQLException {
        String arguments = rs.getString(8);
        return new ToolAuditEntry(rs.getString(1), rs.getString(3), rs.getString(2), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), arguments == null ? null : JsonValues.parseObject(arguments),
                rs.getString(9), rs.getString(10), rs.getInt(11), rs.getLong(12),
                rs.getObject(13, OffsetDateTime.class).toInstant());
    }
}
