package io.switchboard.workflow.run;

import io.switchboard.core.jdbc.Jdbc;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code workflow_runs} and {@code workflow_node_runs} tables. */
@ApplicationScoped
public class RunStore {

    /** A run as stored. */
    public record Run(String id, String workflowId, String workflowName, int version, JsonObject inputs, String state,
                      JsonValue output, String error, Long executionId, String startedBy, String startedRoles,
                      OffsetDateTime createdAt, OffsetDateTime endedAt) {
    }

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String WAITING = "waiting";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
    public static final String STOPPED = "stopped";

    private static final String RUN_COLUMNS = "id, workflow_id, workflow_name, version, inputs, state, output, error, "
            + "execution_id, started_by, started_roles, created_at, ended_at";

    @jakarta.inject.Inject
    @io.switchboard.core.jdbc.Platform
    DataSource dataSource;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource, "workflow runs");
    }

    public void insert(Run r) {
        // nullable non-text columns cast: a null parameter is sent as text, which PostgreSQL does not convert
        jdbc.update("INSERT INTO workflow_runs (" + RUN_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS BIGINT), ?, "
                        + "?, ?, CAST(? AS TIMESTAMP WITH TIME ZONE))",
                r.id(), r.workflowId(), r.workflowName(), r.version(), r.inputs().toString(), r.state(), null, r.error(),
                null, r.startedBy(), r.startedRoles(), r.createdAt(), r.endedAt());
    }

    /** The server that launched the run's current job (null before servers recorded it). */
    public String serverOf(String runId) {
        return jdbc.queryOne("SELECT server_id FROM workflow_runs WHERE id = ?", rs -> rs.getString(1), runId)
                .orElse(null);
    }

    public Optional<Run> run(String id) {
        return jdbc.queryOne("SELECT " + RUN_COLUMNS + " FROM workflow_runs WHERE id = ?", RunStore::runRow, id);
    }

    /** Runs that are not over: queued, running or waiting. */
    public List<Run> active() {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM workflow_runs WHERE state IN (?, ?, ?)", RunStore::runRow,
                QUEUED, RUNNING, WAITING);
    }

    public List<Run> runs(String workflowId, String state, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + RUN_COLUMNS + " FROM workflow_runs WHERE 1 = 1");
        List<Object> parameters = new java.util.ArrayList<>();
        if (workflowId != null) {
            sql.append(" AND workflow_id = ?");
            parameters.add(workflowId);
        }
        if (state != null && !state.isBlank()) {
            sql.append(" AND state = ?");
            parameters.add(state);
        }
        sql.append(" ORDER BY created_at DESC, id FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return jdbc.query(sql.toString(), RunStore::runRow, parameters.toArray());
    }

    /** A waiting approval node with when it began to wait. */
    public record WaitingApproval(String runId, String workflowId, int version, String nodeId,
                                  OffsetDateTime waitingSince) {
    }

    /** Approval nodes waiting without a decision, in runs that are not over. */
    public List<WaitingApproval> waitingApprovals() {
        return jdbc.query("SELECT r.id, r.workflow_id, r.version, n.node_id, n.started_at FROM workflow_node_runs n "
                + "JOIN workflow_runs r ON r.id = n.run_id WHERE n.state = ? AND n.decision IS NULL AND r.state IN (?, ?)",
                rs -> new WaitingApproval(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)), NodeState.WAITING, WAITING, RUNNING);
    }

    /**
     * Claims a run for a restart: queued again, with the placeholder job -1 until its job starts, only if it still is in {@code from} with the job
     * {@code execution} (so that of two servers restarting it at once, one does).
     */
    public boolean claimRestart(String runId, String from, Long execution) {
        String sql = "UPDATE workflow_runs SET state = ?, error = NULL, ended_at = NULL, execution_id = -1 WHERE id = ? "
                + "AND state = ? AND execution_id ";
        return execution == null ? jdbc.update(sql + "IS NULL", QUEUED, runId, from) == 1
                : jdbc.update(sql + "= ?", QUEUED, runId, from, execution) == 1;
    }

    /** Claims a queued run that has no job yet for launching (a placeholder execution id until it has one). */
    public boolean claimLaunch(String runId) {
        return jdbc.update("UPDATE workflow_runs SET execution_id = -1 WHERE id = ? AND state = ? AND execution_id IS NULL",
                runId, QUEUED) == 1;
    }

    public void setExecution(String runId, long executionId, String serverId) {
        jdbc.update("UPDATE workflow_runs SET execution_id = ?, server_id = ? WHERE id = ?", executionId, serverId, runId);
    }

    /** Moves the run from one state to another; false when it was not in {@code from} (someone else moved it). */
    public boolean claim(String runId, String from, String to) {
        // the placeholder job -1 until the run's new job starts: its old, finished job must not look interrupted
        return jdbc.update("UPDATE workflow_runs SET state = ?, error = NULL, ended_at = NULL, execution_id = -1 "
                + "WHERE id = ? AND state = ?", to, runId, from) == 1;
    }

    /** As {@link #setState}, unless an operator stopped the run meanwhile. */
    public void settle(String runId, String state, JsonValue output, String error, boolean ended) {
        jdbc.update("UPDATE workflow_runs SET state = ?, output = ?, error = ?, ended_at = CAST(? AS TIMESTAMP WITH TIME ZONE) "
                + "WHERE id = ? AND state <> ?",
                state, output == null ? null : output.toString(), error, ended ? Jdbc.now() : null, runId, STOPPED);
    }

    public void setState(String runId, String state, JsonValue output, String error, boolean ended) {
        jdbc.update("UPDATE workflow_runs SET state = ?, output = ?, error = ?, ended_at = CAST(? AS TIMESTAMP WITH TIME "
                + "ZONE) WHERE id = ?", state,
                output == null ? null : output.toString(), error, ended ? Jdbc.now() : null, runId);
    }

    public Map<String, NodeState> nodes(String runId) {
        Map<String, NodeState> nodes = new LinkedHashMap<>();
        jdbc.query("SELECT node_id, node_type, state, output, error, attempts, decision, decided_by, started_at, ended_at "
                + "FROM workflow_node_runs WHERE run_id = ? ORDER BY started_at, node_id", RunStore::nodeRow, runId)
                .forEach(n -> nodes.put(n.nodeId(), n));
        return nodes;
    }

    /** Marks a node running (a new row, or an interrupted or decided one again) and counts the attempt. */
    public void started(String runId, String nodeId, String type) {
        if (jdbc.update("UPDATE workflow_node_runs SET state = ?, attempts = attempts + 1, started_at = ? WHERE run_id = ? "
                + "AND node_id = ?", NodeState.RUNNING, Jdbc.now(), runId, nodeId) == 0) {
            jdbc.update("INSERT INTO workflow_node_runs (run_id, node_id, node_type, state, attempts, started_at) VALUES "
                    + "(?, ?, ?, ?, 1, ?)", runId, nodeId, type, NodeState.RUNNING, Jdbc.now());
        }
    }

    /** Stores a node's result; returns the time from the node's start to now (null when unknown). */
    public java.time.Duration finished(String runId, String nodeId, String type, String state, JsonValue output,
                                       String error) {
        OffsetDateTime now = Jdbc.now();
        if (jdbc.update("UPDATE workflow_node_runs SET state = ?, output = ?, error = ?, ended_at = ? WHERE run_id = ? AND "
                + "node_id = ?", state, output == null ? null : output.toString(), error, now, runId, nodeId) == 0) {
            jdbc.update("INSERT INTO workflow_node_runs (run_id, node_id, node_type, state, output, error, attempts, "
                    + "started_at, ended_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)", runId, nodeId, type, state,
                    output == null ? null : output.toString(), error, now, now);
            return java.time.Duration.ZERO;
        }
        return jdbc.queryOne("SELECT started_at FROM workflow_node_runs WHERE run_id = ? AND node_id = ?",
                        rs -> {
                            OffsetDateTime started = rs.getObject(1, OffsetDateTime.class);
                            return started == null ? java.time.Duration.ofMillis(-1)
                                    : java.time.Duration.between(started, now);
                        }, runId, nodeId)
                .filter(d -> !d.isNegative()).orElse(null);
    }

    /**
     * Makes the nodes that failed runnable again (a rejected approval forgets its decision), keeping their attempt
     * count, so that a restart runs them with a new idempotency key. Nodes in {@code handled} (failures whose error
     * edge was taken) stay failed.
     */
    public void clearFailed(String runId, java.util.Set<String> handled) {
        for (NodeState n : nodes(runId).values()) {
            if (NodeState.FAILED.equals(n.state()) && !handled.contains(n.nodeId())) {
                jdbc.update("UPDATE workflow_node_runs SET state = ?, output = NULL, error = NULL, decision = NULL, "
                        + "decided_by = NULL WHERE run_id = ? AND node_id = ? AND state = ?", NodeState.RUNNING, runId,
                        n.nodeId(), NodeState.FAILED);
            }
        }
    }

    /** Marks the run running in a transaction of its own, so the run row is not locked while its first wave runs. */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public void markRunning(String runId) {
        settle(runId, RUNNING, null, null, false);
    }

    /** Waiting runs with a decided approval: a server stopped between recording the decision and relaunching. */
    public List<String> waitingWithDecision() {
        return jdbc.query("SELECT DISTINCT r.id FROM workflow_runs r JOIN workflow_node_runs n ON n.run_id = r.id "
                + "WHERE r.state = ? AND n.state = ? AND n.decision IS NOT NULL", rs -> rs.getString(1), WAITING,
                NodeState.WAITING);
    }

    /** Stops a run that is not over; false when it already is. */
    public boolean stop(String runId, String reason) {
        return jdbc.update("UPDATE workflow_runs SET state = ?, error = ?, ended_at = ? WHERE id = ? AND state IN (?, ?, ?)",
                STOPPED, reason, Jdbc.now(), runId, QUEUED, RUNNING, WAITING) == 1;
    }

    /** Records an approval decision on a waiting node; false when the node is not waiting. */
    public boolean decide(String runId, String nodeId, boolean approve, String by) {
        return jdbc.update("UPDATE workflow_node_runs SET decision = ?, decided_by = ? WHERE run_id = ? AND node_id = ? "
                + "AND state = ? AND decision IS NULL", approve ? "approved" : "rejected", by, runId, nodeId,
                NodeState.WAITING) == 1;
    }

    private static Run runRow(ResultSet rs) throws SQLException {
        Long execution = rs.getObject(9) == null ? null : rs.getLong(9);
        return new Run(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                RunValues.parse(rs.getString(5)).asJsonObject(), rs.getString(6), RunValues.parse(rs.getString(7)),
                rs.getString(8), execution, rs.getString(10), rs.getString(11),
                rs.getObject(12, OffsetDateTime.class), rs.getObject(13, OffsetDateTime.class));
    }

    private static NodeState nodeRow(ResultSet rs) throws SQLException {
        return new NodeState(rs.getString(1), rs.getString(2), rs.getString(3), RunValues.parse(rs.getString(4)),
                rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class),
                rs.getObject(10, OffsetDateTime.class));
    }
}
