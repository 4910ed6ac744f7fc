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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Executes a structured task: finds the agent, records the task, sends it to the agent's A2A endpoint over
 * HTTP (even when the agent lives in this server) and records the result. No transaction spans the remote
 * call; each record is committed on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TaskExecutionService {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(TaskExecutionService.class.getName());

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

    @Inject
    io.switchboard.core.event.ExecutionLog log;

    @Inject
    io.switchboard.agents.model.ModelSessions models;

    /** New task ids (tests fix them). */
    java.util.function.Supplier<String> ids = io.switchboard.core.id.TimeOrderedIds::next;

    /**
     * Runs the task on the agent it names, or — when it names none — on the agent the router chooses; the
     * choice is recorded on the task and returned.
     */
    public TaskResult execute(ExecuteTaskRequest request, String requestedBy) {
        // the id comes first, so that a routing model call is counted for the task
        String taskId = ids.get();
        try (var field = io.switchboard.core.trace.LogFields.with(io.switchboard.core.trace.LogFields.TASK_ID, taskId)) {
            TaskResult result = execute(taskId, request, requestedBy);
            LOG.fine(() -> "Task " + taskId + " answered by " + result.agent() + ": " + result.status() + " in "
                    + result.durationMs() + " ms");
            return result;
        }
    }

    private TaskResult execute(String taskId, ExecuteTaskRequest request, String requestedBy) {
        AgentView agent;
        Routing routing;
        RoutingDecision decision = null;
        if (request.agent() == null || request.agent().isBlank()) {
            decision = router.route(request.input(), taskId, request.sessionId());
            agent = agents.findActive(decision.agentId());
            routing = decision.routing();
        } else {
            agent = agents.findActive(request.agent());
            routing = new Routing(agent.name(), Routing.REQUESTED, null, "named by the caller");
        }
        TaskEvents.received(log, taskId, agent.name(), requestedBy, request.sessionId(), request.input());
        tasks.recordWorking(taskId, agent, request, requestedBy, routing, null);
        TaskEvents.routed(log, taskId, routing);
        LOG.fine(() -> "Task " + taskId + " routed to " + agent.name() + " (" + routing.mode() + ")");
        if (decision != null && decision.isMultiStep()) {
            return executeSteps(taskId, agent, request, requestedBy, routing, decision.steps());
        }
        String contextId = request.sessionId() != null ? request.sessionId() : taskId;
        long started = System.nanoTime();
        A2aCallResult result = call(agent, taskId, requestedBy, contextId, request.input());
        long durationMs = (System.nanoTime() - started) / 1_000_000;

        tasks.recordResult(taskId, result, durationMs);
        TaskEvents.called(log, taskId, agent.name(), durationMs, result);
        return new TaskResult(taskId, agent.name(), result.status(), result.output(), result.error(), durationMs,
                routing, List.of());
    }

    private A2aCallResult call(AgentView agent, String taskId, String requestedBy, String contextId, String input) {
        Message message = Message.userTextFor(taskId, requestedBy, UUID.randomUUID().toString(), contextId, input);
        return a2a.sendMessage(targets.of(agent), message);
    }

    /**
     * A request the model split: each step is a sub-task of its own (recorded, with its events) sent to its
     * agent over A2A in turn; the answers are combined into the parent task's output. The parent completes when
     * every step did; otherwise it fails, naming the steps that failed, and its output keeps what the others said.
     */
    private TaskResult executeSteps(String parentId, AgentView first, ExecuteTaskRequest request, String requestedBy,
                                    Routing routing, List<RoutingDecision.Step> steps) {
        long started = System.nanoTime();
        String contextId = request.sessionId() != null ? request.sessionId() : parentId;
        List<AnswerSynthesis.Part> parts = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        int n = 0;
        for (RoutingDecision.Step step : steps) {
            n++;
            AgentView agent;
            try {
                agent = agents.findActive(step.agentId());
            } catch (io.switchboard.api.problem.PlatformException e) {
                parts.add(new AnswerSynthesis.Part(step.agentName(), step.request(), null, e.getMessage()));
                failed.add(step.agentName());
                continue;
            }
            Routing stepRouting = new Routing(agent.name(), Routing.MODEL, null, "step " + n + " of " + steps.size()
                    + " of task " + parentId);
            ExecuteTaskRequest part = new ExecuteTaskRequest(agent.name(), step.request(), request.sessionId(),
                    request.metadata());
            String subId = ids.get();
            TaskEvents.received(log, subId, agent.name(), requestedBy, request.sessionId(), step.request());
            tasks.recordWorking(subId, agent, part, requestedBy, stepRouting, parentId);
            TaskEvents.routed(log, subId, stepRouting);
            long stepStarted = System.nanoTime();
            A2aCallResult result = call(agent, subId, requestedBy, contextId, step.request());
            long stepMs = (System.nanoTime() - stepStarted) / 1_000_000;
            tasks.recordResult(subId, result, stepMs);
            TaskEvents.called(log, subId, agent.name(), stepMs, result);
            boolean ok = io.switchboard.api.task.TaskStatus.COMPLETED.equals(result.status());
            if (!ok) {
                failed.add(agent.name());
            }
            parts.add(new AnswerSynthesis.Part(agent.name(), step.request(), result.output(), ok ? null : result.error()));
        }
        var model = models.platformDefault().map(spec -> models.open(spec, null,
                io.switchboard.orchestration.routing.AgentRouter.ORCHESTRATOR, parentId, request.sessionId(), null));
        String output = AnswerSynthesis.combine(request.input(), parts, model.orElse(null));
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        A2aCallResult outcome = failed.isEmpty() ? A2aCallResult.completed(output, null)
                : new A2aCallResult(io.switchboard.api.task.TaskStatus.FAILED, output, "Step(s) of agent(s) "
                        + String.join(", ", failed) + " failed", null);
        tasks.recordResult(parentId, outcome, durationMs);
        log.record(failed.isEmpty() ? io.switchboard.core.event.ExecutionLog.TASK_COMPLETED
                : io.switchboard.core.event.ExecutionLog.TASK_FAILED, parentId, first.name(),
                java.util.Map.of("durationMs", durationMs, "steps", steps.size(), "failedSteps", failed.size()));
        return new TaskResult(parentId, first.name(), outcome.status(), output, outcome.error(), durationMs, routing,
                tasks.subTasks(parentId));
    }

    public TaskView find(String taskId) {
        return tasks.find(taskId);
    }
}
