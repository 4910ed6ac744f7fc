package io.switchboard.orchestration.task;

import io.switchboard.agents.agent.AgentRegistry;
import io.switchboard.api.a2a.Message;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.task.ExecuteTaskRequest;
import io.switchboard.api.task.Routing;
import io.switchboard.api.task.TaskResult;
import io.switchboard.api.task.TaskView;
import io.switchboard.orchestration.a2a.client.A2aCallResult;
import io.switchboard.orchestration.a2a.client.A2aClient;
import io.switchboard.orchestration.a2a.client.AgentTargets;
import io.switchboard.orchestration.routing.AgentRouter;
import io.switchboard.orchestration.routing.RoutingDecision;
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

    @Inject
    AgentRouter router;

    /**
     * Runs the task on the agent it names, or — when it names none — on the agent the router chooses; the
     * choice is recorded on the task and returned.
     */
    public TaskResult execute(ExecuteTaskRequest request, String requestedBy) {
        AgentView agent;
        Routing routing;
        if (request.agent() == null || request.agent().isBlank()) {
            RoutingDecision decision = router.route(request.input(), null, request.sessionId());
            agent = agents.findActive(decision.agentId());
            routing = decision.routing();
        } else {
            agent = agents.findActive(request.agent());
            routing = new Routing(agent.name(), Routing.REQUESTED, null, "named by the caller");
        }
        String taskId = tasks.recordWorking(agent, request, requestedBy, routing);
        String contextId = request.sessionId() != null ? request.sessionId() : taskId;
        Message message = Message.userTextFor(taskId, UUID.randomUUID().toString(), contextId, request.input());

        long started = System.nanoTime();
        A2aCallResult result = a2a.sendMessage(targets.of(agent), message);
        long durationMs = (System.nanoTime() - started) / 1_000_000;

        tasks.recordResult(taskId, result, durationMs);
        return new TaskResult(taskId, agent.name(), result.status(), result.output(), result.error(), durationMs,
                routing);
    }

    public TaskView find(String taskId) {
        return tasks.find(taskId);
    }
}
