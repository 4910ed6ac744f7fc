package io.switchboard.orchestration.a2a.server;

import io.switchboard.api.a2a.Message;
import io.switchboard.api.a2a.Task;
import io.switchboard.api.a2a.TaskState;
import io.switchboard.api.a2a.TaskStatus;
import io.switchboard.core.jdbc.GroupCommit;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads and writes A2A tasks in {@code a2a_tasks} with plain JDBC: every send writes one row, so this is on
 * the A2A hot path and skips the JPA unit of work (each statement commits on its own). The task document is
 * the task's 0.3 JSON; the other columns are what queries filter on.
 */
@ApplicationScoped
public class A2aTaskStore {

    private static final String COLUMNS = "task, owner";

    @jakarta.inject.Inject
    @io.switchboard.core.jdbc.Platform
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    private final GroupCommit<NewTask> inserts = new GroupCommit<>(this::insertBatch);

    /**
     * Stores a task that is not stored yet. Concurrent inserts are committed together (group commit): the
     * first caller writes what has queued up in one batch and one commit while the others wait, so every
     * caller returns only once its task is in the database.
     */
    public void insert(String agentId, String owner, String node, Task task) {
        inserts.write(new NewTask(agentId, owner, node, task));
    }

    private void insertBatch(List<NewTask> batch) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO a2a_tasks (state, task,"
                    + " status_timestamp, node, id, agent_id, context_id, owner, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
                for (NewTask row : batch) {
                    bindState(statement, row.node(), row.task());
                    statement.setString(5, row.task().id());
                    statement.setString(6, row.agentId());
                    statement.setString(7, row.task().contextId());
                    statement.setString(8, row.owner());
                    statement.setObject(9, now);
                    statement.addBatch();
                }
                statement.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store A2A tasks: " + e.getMessage(), e);
        }
    }

    /** Overwrites the state and document of a stored task; false when there is no such task. */
    public boolean update(String node, Task task) {
        return update("UPDATE a2a_tasks SET state = ?, task = ?, status_timestamp = ?, node = ?,"
                + " row_version = row_version + 1 WHERE id = ?", statement -> {
                    bindState(statement, node, task);
                    statement.setString(5, task.id());
                }) == 1;
    }

    /** Inserts the task, or overwrites the stored one. */
    public void save(String agentId, String owner, String node, Task task) {
        if (!update(node, task)) {
            insert(agentId, owner, node, task);
        }
    }

    /** The task with this id on this agent, if the caller may see it. */
    public Optional<StoredTask> find(String agentId, String taskId, Caller caller) {
        List<StoredTask> found = query("SELECT " + COLUMNS + " FROM a2a_tasks WHERE id = ? AND agent_id = ?",
                List.of(taskId, agentId));
        return found.stream().filter(t -> caller.maySee(t.owner())).findFirst();
    }

    public TaskPage list(String agentId, Caller caller, TaskQuery query) {
        StringBuilder where = new StringBuilder(" FROM a2a_tasks WHERE agent_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(agentId));
        if (!caller.seesAll()) {
            where.append(" AND owner = ?");
            parameters.add(caller.name());
        }
        if (query.contextId() != null) {
            where.append(" AND context_id = ?");
            parameters.add(query.contextId());
        }
        if (query.state() != null) {
            where.append(" AND state = ?");
            parameters.add(query.state());
        }
        if (query.statusAfter() != null) {
            where.append(" AND status_timestamp >= ?");
            parameters.add(query.statusAfter().atOffset(ZoneOffset.UTC));
        }
        long total = count("SELECT COUNT(*)" + where, parameters);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(query.pageSize());
        paged.add(query.offset());
        List<Task> tasks = query("SELECT " + COLUMNS + where + " ORDER BY status_timestamp DESC, id LIMIT ? OFFSET ?",
                paged).stream().map(StoredTask::task).toList();
        int next = query.offset() + tasks.size();
        return new TaskPage(tasks, next < total ? next : null, query.pageSize(), total);
    }

    /**
     * Fails the tasks this node was running when it stopped (submitted or working); they cannot resume.
     * Returns how many there were.
     */
    public int failInterrupted(String node) {
        List<StoredTask> stale = query("SELECT " + COLUMNS + " FROM a2a_tasks WHERE node = ? AND state IN (?, ?)",
                List.of(node, TaskState.SUBMITTED, TaskState.WORKING));
        String now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
        for (StoredTask stored : stale) {
            Task task = stored.task();
            Message note = Message.agentText(UUID.randomUUID().toString(), task.contextId(), task.id(),
                    "The server stopped while this task was running; send the request again");
            List<Message> history = new ArrayList<>(task.history() == null ? List.of() : task.history());
            history.add(note);
            update(node, new Task(task.id(), task.contextId(), new TaskStatus(TaskState.FAILED, note, now),
                    task.artifacts(), history, task.metadata(), Task.KIND));
        }
        return stale.size();
    }

    private static void bindState(PreparedStatement statement, String node, Task task) throws SQLException {
        statement.setString(1, task.status().state());
        statement.setString(2, TaskDocuments.write(task));
        String timestamp = task.status().timestamp();
        statement.setObject(3, (timestamp == null ? Instant.now() : Instant.parse(timestamp)).atOffset(ZoneOffset.UTC));
        statement.setString(4, node);
    }

    private int update(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write A2A task: " + e.getMessage(), e);
        }
    }

    private List<StoredTask> query(String sql, List<Object> parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<StoredTask> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new StoredTask(TaskDocuments.read(rows.getString(1)), rows.getString(2)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read A2A tasks: " + e.getMessage(), e);
        }
    }

    private long count(String sql, List<Object> parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count A2A tasks: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private record NewTask(String agentId, String owner, String node, Task task) {
    }

    /** A stored task with its owner. */
    public record StoredTask(Task task, String owner) {
    }
}
