package io.switchboard.orchestration.task;

import io.switchboard.api.agent.AgentView;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.task.ExecuteTaskRequest;
import io.switchboard.api.task.Routing;
import io.switchboard.api.task.TaskView;
import io.switchboard.orchestration.a2a.client.A2aCallResult;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/** Persists tasks, each change in its own transaction, so a task is on record before its agent is called. */
@Stateless
public class TaskStore {

    @PersistenceContext(unitName = "orchestration")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    public String recordWorking(AgentView agent, ExecuteTaskRequest request, String requestedBy, Routing routing) {
        return recordWorking(null, agent, request, requestedBy, routing, null);
    }

    /**
     * As above, with the task's id when the caller chose it already (null: a new one), and for a sub-task of
     * {@code parentTaskId} when that is not null.
     */
    public String recordWorking(String id, AgentView agent, ExecuteTaskRequest request, String requestedBy,
                                Routing routing, String parentTaskId) {
        TaskRecord task = TaskRecord.working(id, agent.id(), agent.name(), request.sessionId(), request.input(),
                MetadataJson.write(request.metadata()), requestedBy, Instant.now(clock));
        task.routed(routing);
        task.partOf(parentTaskId);
        em.persist(task);
        return task.getId();
    }

    /** A task's sub-tasks, in the order they were made. */
    public java.util.List<io.switchboard.api.task.SubTask> subTasks(String parentTaskId) {
        return em.createNamedQuery(TaskRecord.SUB_TASKS, TaskRecord.class).setParameter("parent", parentTaskId)
                .getResultList().stream().map(t -> new io.switchboard.api.task.SubTask(t.getId(), t.getAgentName(),
                        t.getInput(), t.getStatus())).toList();
    }

    public void recordResult(String taskId, A2aCallResult result, long durationMs) {
        TaskRecord task = em.find(TaskRecord.class, taskId);
        if (task == null) {
            throw notFound(taskId);
        }
        task.finish(result.status(), result.output(), result.error(), result.remoteTaskId(), Instant.now(clock),
                durationMs);
    }

    public TaskView find(String taskId) {
        TaskRecord task = em.find(TaskRecord.class, taskId);
        if (task == null) {
            throw notFound(taskId);
        }
        return new TaskView(task.getId(), task.getAgentId(), task.getAgentName(), task.getSessionId(),
                task.getInput(), MetadataJson.read(task.getMetadata()), task.getStatus(), task.getOutput(),
                task.getError(), task.getRequestedBy(), task.getCreatedAt(), task.getCompletedAt(),
                task.getDurationMs(), task.getRouting(), task.getParentTaskId(), subTasks(task.getId()));
    }

    private static PlatformException notFound(String taskId) {
        return PlatformException.notFound("task-not-found", "No task with id '" + taskId + "'");
    }
}
