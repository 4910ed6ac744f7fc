package io.switchboard.agents.audit;

import io.switchboard.api.audit.AdminAuditEntry;
import io.switchboard.core.jdbc.Jdbc;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;

/** Writes and reads the {@code admin_audit} table. */
@ApplicationScoped
public class AdminAudit {

    private static final int MAX_DETAIL = 2000;

    @jakarta.inject.Inject
    @io.switchboard.core.jdbc.Platform
    DataSource dataSource;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource, "admin audit");
    }

    /** Records the action in its own transaction: recorded whatever became of the action's own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(AdminAction a) {
        jdbc.update("INSERT INTO admin_audit (id, acted_at, actor, roles, action, target_type, target_id, method, "
                        + "path, status_code, outcome, detail, client_address, user_agent) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), Jdbc.now(), cut(a.actor(), 200),
                a.roles() == null ? null : cut(String.join(",", new TreeSet<>(a.roles())), 200), a.action(),
                a.targetType(), cut(a.targetId(), 300), a.method(), cut(a.path(), 2000), a.status(), a.outcome(),
                cut(a.detail(), MAX_DETAIL), cut(a.clientAddress(), 100), cut(a.userAgent(), 300));
    }

    /** Deletes the entries recorded before {@code cutoff}; returns how many. */
    public int pruneBefore(java.time.Instant cutoff) {
        return jdbc.update("DELETE FROM admin_audit WHERE acted_at < ?", cutoff.atOffset(ZoneOffset.UTC));
    }

    public List<AdminAuditEntry> find(AdminAuditQuery q) {
        StringBuilder sql = new StringBuilder("SELECT id, acted_at, actor, roles, action, target_type, target_id, "
                + "method, path, status_code, outcome, detail, client_address, user_agent FROM admin_audit WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        filter(sql, parameters, "actor = ?", q.actor());
        filter(sql, parameters, "action = ?", q.action());
        filter(sql, parameters, "target_type = ?", q.targetType());
        filter(sql, parameters, "target_id = ?", q.targetId());
        filter(sql, parameters, "outcome = ?", q.outcome());
        filter(sql, parameters, "acted_at >= ?", q.since() == null ? null : q.since().atOffset(ZoneOffset.UTC));
        filter(sql, parameters, "acted_at < ?", q.until() == null ? null : q.until().atOffset(ZoneOffset.UTC));
        sql.append(" ORDER BY acted_at DESC, id FETCH FIRST ").append(q.limit()).append(" ROWS ONLY");
        return jdbc.query(sql.toString(), AdminAudit::entry, parameters.toArray());
    }

    private static void filter(StringBuilder sql, List<Object> parameters, String condition, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            sql.append(" AND ").append(condition);
            parameters.add(value);
        }
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 3) + "...";
    }

    private static AdminAuditEntry entry(ResultSet rs) throws SQLException {
        String roles = rs.getString(4);
        return new AdminAuditEntry(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                roles == null || roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14));
    }
}
