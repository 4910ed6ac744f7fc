package io.switchboard.orchestration.task;

import io.switchboard.agents.agent.AgentRegistry;
import io.switchboard.api.a2a.Message;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.task.ExecuteTaskRequest;
import io.switchboard.api.task.TaskResult;
import io.switchboard.api.task.TaskView;
import io.switchboard.orchestration.a2a.client.A2aCallResult;
import io.switchboard.orchestration.a2a.client.A2aClient;
import io.switchboard.orchestration.a2a.client.AgentTargets;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Executes a structured task: finds the agent, records the task, sends it to the agent's A2A endpoint over
 * HTTP (even when the agent lives in this server) and records the result. No transaction spans the remote
 * call; each record is committed on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TaskExecutionService {

    @Inject
    AgentRegistry agents;

    @Inject
    TaskStore tasks;

    @Inject
    A2aClient a2a;

    @Inject
    AgentTargets targets;

    public TaskResult execute(ExecuteTaskRequest request, String requestedBy) {
        AgentView agent = agents.findActive(request.agent());
        String taskId = tasks.recordWorking(agent, request, requestedBy);
        String contextId = request.sessionId() != null ? request.sessionId() : taskId;
        Message message = Message.userTextFor(taskId, UUID.randomUUID().toString(), contextId, request.input());

        long started = System.nanoTime();
        A2aCallResult result = a2a.sendMessage(targets.of(agent), message);
        long durationMs = (System.nanoTime() - started) / 1_000_000;

        tasks.recordResult(taskId, result, durationMs);
        return new TaskResult(taskId, agent.name(), result.status(), result.output(), result.error(), durationMs);
    }

    public TaskView find(String taskId) {
        return tasks.find(taskId);
    }
}
