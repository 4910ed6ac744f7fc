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
        TaskRecord task = TaskRecord.working(agent.id(), agent.name(), request.sessionId(), request.input(),
                MetadataJson.write(request.metadata()), requestedBy, Instant.now(clock));
        task.routed(routing);
        em.persist(task);
        return task.getId();
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
                task.getDurationMs(), task.getRouting());
    }

    private static PlatformException notFound(String taskId) {
        return PlatformException.notFound("task-not-found", "No task with id '" + taskId + "'");
    }
}
