package io.switchboard.orchestration.a2a.server;

import io.switchboard.api.a2a.Message;
import io.switchboard.api.a2a.Task;
import io.switchboard.api.a2a.TaskState;
import io.switchboard.api.a2a.TaskStatus;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads and writes A2A tasks, each call in its own transaction. */
@Stateless
public class A2aTaskStore {

    @PersistenceContext(unitName = "orchestration")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Inserts the task, or overwrites the stored one. */
    public void save(String agentId, String owner, String node, Task task) {
        A2aTaskRecord record = em.find(A2aTaskRecord.class, task.id());
        if (record == null) {
            record = new A2aTaskRecord(task.id(), agentId, task.contextId(), owner, node, Instant.now(clock));
            record.write(task.status().state(), TaskDocuments.write(task), statusTime(task), node);
            em.persist(record);
        } else {
            record.write(task.status().state(), TaskDocuments.write(task), statusTime(task), node);
        }
    }

    /** The task with this id on this agent, if the caller may see it. */
    public Optional<StoredTask> find(String agentId, String taskId, Caller caller) {
        A2aTaskRecord record = em.find(A2aTaskRecord.class, taskId);
        if (record == null || !record.getAgentId().equals(agentId) || !caller.maySee(record.getOwner())) {
            return Optional.empty();
        }
        return Optional.of(new StoredTask(TaskDocuments.read(record.getTask()), record.getOwner()));
    }

    public TaskPage list(String agentId, Caller caller, TaskQuery query) {
        StringBuilder where = new StringBuilder(" FROM A2aTaskRecord t WHERE t.agentId = :agent");
        if (!caller.seesAll()) {
            where.append(" AND t.owner = :owner");
        }
        if (query.contextId() != null) {
            where.append(" AND t.contextId = :context");
        }
        if (query.state() != null) {
            where.append(" AND t.state = :state");
        }
        if (query.statusAfter() != null) {
            where.append(" AND t.statusTimestamp >= :after");
        }
        TypedQuery<Long> count = bind(em.createQuery("SELECT COUNT(t)" + where, Long.class), agentId, caller, query);
        TypedQuery<String> page = bind(em.createQuery("SELECT t.task" + where
                + " ORDER BY t.statusTimestamp DESC, t.id", String.class), agentId, caller, query)
                .setFirstResult(query.offset()).setMaxResults(query.pageSize());
        long total = count.getSingleResult();
        List<Task> tasks = new ArrayList<>();
        for (String json : page.getResultList()) {
            tasks.add(TaskDocuments.read(json));
        }
        int next = query.offset() + tasks.size();
        return new TaskPage(tasks, next < total ? next : null, query.pageSize(), total);
    }

    /**
     * Fails the tasks this node was running when it stopped (submitted or working); they cannot resume.
     * Returns how many there were.
     */
    public int failInterrupted(String node) {
        List<A2aTaskRecord> stale = em.createQuery("SELECT t FROM A2aTaskRecord t WHERE t.node = :node"
                        + " AND t.state IN (:submitted, :working)", A2aTaskRecord.class)
                .setParameter("node", node)
                .setParameter("submitted", TaskState.SUBMITTED)
                .setParameter("working", TaskState.WORKING)
                .getResultList();
        Instant now = Instant.now(clock);
        for (A2aTaskRecord record : stale) {
            Task task = TaskDocuments.read(record.getTask());
            Message note = Message.agentText(UUID.randomUUID().toString(), task.contextId(), task.id(),
                    "The server stopped while this task was running; send the request again");
            Task failed = new Task(task.id(), task.contextId(),
                    new TaskStatus(TaskState.FAILED, note, now.toString()), task.artifacts(), task.history(),
                    task.metadata(), Task.KIND);
            record.write(TaskState.FAILED, TaskDocuments.write(failed), now, node);
        }
        return stale.size();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, String agentId, Caller caller, TaskQuery query) {
        q.setParameter("agent", agentId);
        if (!caller.seesAll()) {
            q.setParameter("owner", caller.name());
        }
        if (query.contextId() != null) {
            q.setParameter("context", query.contextId());
        }
        if (query.state() != null) {
            q.setParameter("state", query.state());
        }
        if (query.statusAfter() != null) {
            q.setParameter("after", query.statusAfter().atOffset(ZoneOffset.UTC));
        }
        return q;
    }

    private static Instant statusTime(Task task) {
        String timestamp = task.status().timestamp();
        return timestamp == null ? Instant.now() : Instant.parse(timestamp);
    }

    /** A stored task with its owner. */
    public record StoredTask(Task task, String owner) {
    }
}
