package io.switchboard.core.event;

import io.switchboard.core.jdbc.GroupCommit;
import io.switchboard.core.jdbc.Jdbc;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes and reads the execution log ({@code execution_events}). Writing never fails the work it describes: a
 * failed write is logged and dropped. Readers tailing the log see an event only once it is
 * {@code switchboard.events.settle} old (half a second), so an event whose id was taken earlier but committed
 * later is not skipped. Concurrent events are written by group commit (one batch, one commit); a caller returns
 * once its event is committed, so a task's events are all readable when the task's answer is.
 */
@ApplicationScoped
public class ExecutionLog {

    public static final String TASK_RECEIVED = "task.received";
    public static final String TASK_ROUTED = "task.routed";
    public static final String A2A_CALL = "a2a.call";
    public static final String MODEL_CALL = "model.call";
    public static final String TOOL_CALL = "tool.call";
    public static final String RETRIEVAL = "retrieval";
    public static final String TASK_COMPLETED = "task.completed";
    public static final String TASK_FAILED = "task.failed";

    private static final Logger LOG = Logger.getLogger(ExecutionLog.class.getName());
    /** Looked up once: {@code Json.create…} looks the provider up on every call (a failed class load each time). */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String COLUMNS = "id, event_type, task_id, agent_name, data, created_at";

    @jakarta.inject.Inject
    @io.switchboard.core.jdbc.Platform
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "switchboard.events.settle", defaultValue = "PT0.5S")
    Duration settle;

    @Inject
    io.switchboard.core.metrics.PlatformMetrics metrics;

    Clock clock = Clock.systemUTC();
    private Jdbc jdbc;
    private final GroupCommit<Object[]> inserts = new GroupCommit<>(this::insertBatch);

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource, "execution log");
    }

    /**
     * Logs one event and counts it in the platform metrics; values of {@code data} may be strings, numbers,
     * booleans, null, maps and collections.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void record(String type, String taskId, String agent, Map<String, ?> data) {
        if (metrics != null) {
            metrics.observe(type, agent, data);
        }
        try {
            inserts.write(new Object[] {type, taskId, agent, json(data).build().toString(), null});
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not log event " + type + " of task " + taskId + ": " + e.getMessage());
        }
    }

    /**
     * Writes queued events in one batch; their time is the write's (readers' settle period counts from there).
     * A failed batch fails (and is logged by) every caller in it; it is not retried row by row, which with the
     * pool exhausted would wait a connection timeout per event.
     */
    private void insertBatch(List<Object[]> events) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        events.forEach(event -> event[4] = now);
        jdbc.updateBatchAndCommit(INSERT, events);
    }

    private static final String INSERT = "INSERT INTO execution_events (event_type, task_id, agent_name, data, "
            + "created_at) VALUES (?, ?, ?, ?, ?)";

    /** The events of one task, oldest first. */
    public List<LoggedEvent> ofTask(String taskId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM execution_events WHERE task_id = ? ORDER BY id",
                ExecutionLog::row, taskId);
    }

    /** Settled events after {@code afterId} that pass the filter, oldest first, at most {@code limit}. */
    public List<LoggedEvent> after(long afterId, EventFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM execution_events WHERE id > ? AND created_at <= ?");
        List<Object> parameters = new ArrayList<>(List.of(afterId,
                OffsetDateTime.now(clock).minus(settle).withOffsetSameInstant(ZoneOffset.UTC)));
        if (filter.agent() != null && !filter.agent().isBlank()) {
            sql.append(" AND agent_name = ?");
            parameters.add(filter.agent());
        }
        if (filter.task() != null && !filter.task().isBlank()) {
            sql.append(" AND task_id = ?");
            parameters.add(filter.task());
        }
        if (filter.type() != null && !filter.type().isBlank()) {
            if (filter.type().endsWith(".")) {
                sql.append(" AND event_type LIKE ?");
                parameters.add(filter.type().replace("%", "").replace("_", "") + "%");
            } else {
                sql.append(" AND event_type = ?");
                parameters.add(filter.type());
            }
        }
        sql.append(" ORDER BY id FETCH FIRST ").append(Math.max(1, Math.min(limit, 1000))).append(" ROWS ONLY");
        return jdbc.query(sql.toString(), ExecutionLog::row, parameters.toArray());
    }

    /** The id of the newest event (0 when there is none): a live stream without Last-Event-ID starts after it. */
    public long lastId() {
        return jdbc.queryOne("SELECT COALESCE(MAX(id), 0) FROM execution_events", rs -> rs.getLong(1)).orElse(0L);
    }

    private static LoggedEvent row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new LoggedEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(6, OffsetDateTime.class), rs.getString(5));
    }

    static JsonObjectBuilder json(Map<String, ?> data) {
        JsonObjectBuilder o = JSON.createObjectBuilder();
        if (data != null) {
            data.forEach((key, value) -> add(o, key, value));
        }
        return o;
    }

    @SuppressWarnings("unchecked")
    private static void add(JsonObjectBuilder o, String key, Object value) {
        switch (value) {
            case null -> o.addNull(key);
            case String s -> o.add(key, s);
            case Integer i -> o.add(key, i);
            case Long l -> o.add(key, l);
            case Double d -> o.add(key, d);
            case java.math.BigDecimal b -> o.add(key, b);
            case Boolean b -> o.add(key, b);
            case Map<?, ?> m -> o.add(key, json((Map<String, ?>) m));
            case Collection<?> c -> {
                var array = JSON.createArrayBuilder();
                c.forEach(item -> array.add(item == null ? "" : item.toString()));
                o.add(key, array);
            }
            default -> o.add(key, value.toString());
        }
    }
}
