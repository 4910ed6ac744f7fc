package io.switchboard.workflow.run;

import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.problem.Problem;
import io.switchboard.api.workflow.NodeRunView;
import io.switchboard.api.workflow.RunRequest;
import io.switchboard.api.workflow.RunView;
import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowInput;
import io.switchboard.api.workflow.WorkflowView;
import io.switchboard.core.event.ExecutionLog;
import io.switchboard.core.jdbc.Jdbc;
import io.switchboard.workflow.catalog.WorkflowCatalog;
import io.switchboard.workflow.catalog.WorkflowStore;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;

/**
 * Starts, reads, stops and restarts workflow runs, and records approval decisions. A run pins its workflow
 * version and is a Jakarta Batch job execution of {@code workflow-run}; restarting one restarts its job (a new
 * execution when the last one cannot be restarted), continuing with the nodes that have not completed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkflowRuns {

    static final String JOB = "workflow-run";
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(WorkflowRuns.class.getName());
    private static final Set<String> MAP_BODY_TYPES = Set.of("agent", "tool", "retrieve", "transform", "condition");
    private static final Set<BatchStatus> ACTIVE = Set.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);

    @Inject
    WorkflowCatalog catalog;

    @Inject
    WorkflowStore workflows;

    @Inject
    RunStore runs;

    @Inject
    ServerHeartbeats servers;

    @Inject
    ExecutionLog log;

    public RunView start(String workflow, RunRequest request, String by, Set<String> roles) {
        WorkflowView w = catalog.get(workflow);
        int version = request == null || request.version() == null ? w.currentVersion() : request.version();
        WorkflowDocument doc = catalog.version(w.id(), version).definition();
        JsonObject inputs = request == null || request.inputs() == null ? JsonValue.EMPTY_JSON_OBJECT : request.inputs();
        checkInputs(doc, inputs);
        checkRunnable(doc);
        String id = UUID.randomUUID().toString();
        runs.insert(new RunStore.Run(id, w.id(), w.name(), version, inputs, RunStore.QUEUED, null, null, null, by,
                String.join(",", roles), Jdbc.now(), null));
        RunEvents.run(log, id, RunStore.QUEUED, w.name(), null);
        launch(id);
        return get(id);
    }

    /** Parts of a valid definition the engine does not run are refused before a run starts. */
    public static void checkRunnable(WorkflowDocument doc) {
        List<Problem.FieldError> problems = new ArrayList<>();
        java.util.Map<String, io.switchboard.workflow.definition.MapBodies.Body> bodies =
                io.switchboard.workflow.definition.MapBodies.of(doc);
        bodies.forEach((map, body) -> body.nodes().forEach(id -> doc.nodes().stream()
                .filter(n -> n.id().equals(id) && !MAP_BODY_TYPES.contains(n.type())).forEach(n -> problems.add(
                        new Problem.FieldError("nodes[" + id + "]", "a map's sub-path runs agent, tool, retrieve, "
                                + "transform and condition nodes only; this one is " + n.type())))));
        if (!problems.isEmpty()) {
            throw PlatformException.invalid("workflow-not-runnable", "This workflow cannot run", problems);
        }
    }

    public static void checkInputs(WorkflowDocument doc, JsonObject inputs) {
        List<Problem.FieldError> problems = new ArrayList<>();
        for (WorkflowInput input : doc.inputs()) {
            boolean required = input.required() == null || input.required();
            if (required && input.defaultValue() == null && !inputs.containsKey(input.name())) {
                problems.add(new Problem.FieldError("inputs." + input.name(), "is required"));
            }
        }
        Set<String> declared = new java.util.HashSet<>();
        doc.inputs().forEach(i -> declared.add(i.name()));
        inputs.keySet().stream().filter(k -> !declared.contains(k))
                .forEach(k -> problems.add(new Problem.FieldError("inputs." + k, "is not an input of this workflow")));
        if (!problems.isEmpty()) {
            throw PlatformException.invalid("run-inputs-invalid", "The run's inputs do not fit the workflow", problems);
        }
    }

    public RunView get(String id) {
        RunStore.Run run = run(id);
        WorkflowDocument doc = workflows.version(run.workflowId(), run.version()).map(v -> v.definition()).orElse(null);
        List<NodeRunView> nodes = new ArrayList<>();
        for (NodeState s : runs.nodes(id).values()) {
            Long duration = s.startedAt() == null || s.endedAt() == null ? null
                    : Duration.between(s.startedAt(), s.endedAt()).toMillis();
            nodes.add(new NodeRunView(s.nodeId(), s.type(), s.state(), s.output(), s.error(), s.attempts(),
                    s.startedAt() == null ? null : s.startedAt().toInstant().toString(),
                    s.endedAt() == null ? null : s.endedAt().toInstant().toString(), duration));
        }
        if (doc != null) {
            List<String> order = doc.nodes().stream().map(n -> n.id()).toList();
            nodes.sort(java.util.Comparator.comparingInt(n -> order.indexOf(n.nodeId())));
        }
        return new RunView(run.id(), run.workflowId(), run.workflowName(), run.version(), run.state(), run.inputs(),
                run.output(), run.error(), run.startedBy(), run.createdAt().toInstant().toString(),
                run.endedAt() == null ? null : run.endedAt().toInstant().toString(), nodes);
    }

    public List<RunView> list(String workflow, String state, int limit) {
        String workflowId = workflow == null || workflow.isBlank() ? null : catalog.get(workflow).id();
        return runs.runs(workflowId, state, Math.max(1, Math.min(limit, 500))).stream().map(r -> get(r.id())).toList();
    }

    public RunView stop(String id) {
        RunStore.Run run = run(id);
        if (Set.of(RunStore.COMPLETED, RunStore.FAILED, RunStore.STOPPED).contains(run.state())) {
            throw PlatformException.conflict("run-over", "Run " + id + " is " + run.state() + " already");
        }
        JobExecution last = execution(run);
        if (!runs.stop(id, "Stopped by an operator")) {
            throw PlatformException.conflict("run-over", "Run " + id + " ended at the same moment; read it again");
        }
        if (last != null && ACTIVE.contains(last.getBatchStatus())) {
            BatchRuntime.getJobOperator().stop(last.getExecutionId());
        }
        RunEvents.run(log, id, RunStore.STOPPED, run.workflowName(), null);
        return get(id);
    }

    /** Continues a failed, stopped or interrupted run: the nodes that did not complete run again. */
    public RunView restart(String id) {
        RunStore.Run run = run(id);
        JobExecution last = execution(run);
        boolean orphaned = orphaned(run, last);
        if (!Set.of(RunStore.FAILED, RunStore.STOPPED).contains(run.state()) && !interrupted(run, last, orphaned)
                && !stranded(run, last)) {
            throw PlatformException.conflict("run-not-restartable", "Run " + id + " is " + run.state()
                    + "; only failed, stopped or interrupted runs restart");
        }
        if (last != null && ACTIVE.contains(last.getBatchStatus()) && !orphaned) {
            throw PlatformException.conflict("run-still-active", "Run " + id + "'s batch job is still "
                    + last.getBatchStatus() + "; restart it once it has stopped");
        }
        if (!runs.claimRestart(id, run.state(), run.executionId())) {
            throw PlatformException.conflict("run-changed", "Run " + id + " changed at the same moment; read it again");
        }
        WorkflowDocument doc = workflows.version(run.workflowId(), run.version()).map(v -> v.definition()).orElseThrow();
        runs.clearFailed(id, handledFailures(doc, runs.nodes(id)));
        RunEvents.run(log, id, "restarted", run.workflowName(), null);
        launch(id);
        return get(id);
    }

    /** Failed nodes whose error edge was taken: their failure was handled, and a restart leaves them so. */
    private static Set<String> handledFailures(WorkflowDocument doc, java.util.Map<String, NodeState> states) {
        Set<String> handled = new java.util.HashSet<>();
        for (var node : doc.nodes()) {
            boolean taken = doc.edges().stream().anyMatch(e -> e.from().equals(node.id()) && Boolean.TRUE.equals(e.error())
                    && states.containsKey(e.to()) && !NodeState.SKIPPED.equals(states.get(e.to()).state()));
            if ("error-edge".equals(node.onFailure()) && taken) {
                handled.add(node.id());
            }
        }
        return handled;
    }

    /**
     * A run whose job died under it (its server crashed): running, or queued with a job that never got to mark it
     * running, while that job is no longer active.
     */
    private static boolean interrupted(RunStore.Run run, JobExecution last, boolean orphaned) {
        if (RunStore.RUNNING.equals(run.state())) {
            return last == null || !ACTIVE.contains(last.getBatchStatus()) || orphaned;
        }
        return RunStore.QUEUED.equals(run.state()) && last != null && (!ACTIVE.contains(last.getBatchStatus()) || orphaned);
    }

    /**
     * The run's job is active by the batch repository, but the server that launched it stopped beating: it died
     * with its server (which, should it come back, marks it failed itself), and another server may restart the run.
     */
    private boolean orphaned(RunStore.Run run, JobExecution last) {
        return last != null && ACTIVE.contains(last.getBatchStatus()) && servers.gone(runs.serverOf(run.id()));
    }

    /** Queued with the launch placeholder and no job: the server stopped while launching it. */
    private static boolean stranded(RunStore.Run run, JobExecution last) {
        return RunStore.QUEUED.equals(run.state()) && Long.valueOf(-1).equals(run.executionId()) && last == null;
    }

    public RunView decide(String id, String nodeId, boolean approve, String by) {
        RunStore.Run run = run(id);
        WorkflowDocument doc = catalog.version(run.workflowId(), run.version()).definition();
        if (doc.nodes().stream().noneMatch(n -> n.id().equals(nodeId) && "approval".equals(n.type()))) {
            throw PlatformException.notFound("approval-not-found", "Run " + id + " has no approval node '" + nodeId + "'");
        }
        if (Set.of(RunStore.COMPLETED, RunStore.FAILED, RunStore.STOPPED).contains(run.state())) {
            throw PlatformException.conflict("run-over", "Run " + id + " is " + run.state() + "; restart it first");
        }
        if (!runs.decide(id, nodeId, approve, by)) {
            throw PlatformException.conflict("approval-not-waiting", "Node '" + nodeId + "' of run " + id
                    + " is not waiting for an approval");
        }
        RunEvents.node(log, id, nodeId, "approval", approve ? "approved" : "rejected", null);
        // a run still running picks the decision up itself; a waiting one is claimed once and launched
        if (runs.claim(id, RunStore.WAITING, RunStore.QUEUED)) {
            launch(id);
        }
        return get(id);
    }

    /**
     * Starts a job execution for the run. Always a new one: job parameters do not carry over to a batch restart,
     * and the node rows, not the batch checkpoint, say where the run continues.
     */
    public void launch(String runId) {
        try {
            Properties parameters = new Properties();
            parameters.setProperty("runId", runId);
            runs.setExecution(runId, BatchRuntime.getJobOperator().start(JOB, parameters), servers.id());
        } catch (RuntimeException e) {
            runs.setState(runId, RunStore.FAILED, null, "The run's batch job could not start: " + e.getMessage(), true);
            throw new IllegalStateException("The run's batch job could not start: " + e.getMessage(), e);
        }
    }

    /**
     * Decides the approvals whose timeout passed ({@code config.timeoutMinutes}, or the node's
     * {@code timeoutSeconds}) by their {@code config.onTimeout} (default reject); the run goes on. Returns how many.
     */
    public int timeOutApprovals() {
        int decided = 0;
        java.util.Map<String, WorkflowDocument> definitions = new java.util.HashMap<>();
        for (RunStore.WaitingApproval w : runs.waitingApprovals()) {
            WorkflowDocument doc = definitions.computeIfAbsent(w.workflowId() + ":" + w.version(),
                    k -> workflows.version(w.workflowId(), w.version()).map(v -> v.definition()).orElse(null));
            var node = doc == null ? null : doc.nodes().stream().filter(n -> n.id().equals(w.nodeId())).findFirst()
                    .orElse(null);
            Long seconds = node == null ? null : ApprovalTimeout.seconds(node);
            if (seconds == null || w.waitingSince().plusSeconds(seconds).isAfter(Jdbc.now())) {
                continue;
            }
            try {
                decide(w.runId(), w.nodeId(), ApprovalTimeout.approves(node), ApprovalTimeout.DECIDER);
                decided++;
            } catch (PlatformException e) {
                // decided by an operator or another server at the same moment
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not time out approval " + w.nodeId() + " of run " + w.runId(), e);
            }
        }
        return decided;
    }

    /**
     * Launches runs queued without a job for longer than a minute (a server stopped between queueing and
     * launching them; they never ran) and, with {@code autoRestart}, restarts runs whose job died with its server
     * (see {@link #interrupted}). Claims make each happen once among servers. Returns how many.
     */
    public int recover(boolean autoRestart) {
        int recovered = 0;
        for (RunStore.Run run : runs.active()) {
            if (RunStore.QUEUED.equals(run.state()) && run.executionId() == null
                    && run.createdAt().isBefore(Jdbc.now().minusMinutes(1))) {
                if (runs.claimLaunch(run.id())) {
                    try {
                        launch(run.id());
                        recovered++;
                    } catch (IllegalStateException e) {
                        // launch failed the run with the reason
                    }
                }
                continue;
            }
            if (RunStore.WAITING.equals(run.state()) && runs.waitingWithDecision().contains(run.id())
                    && runs.claim(run.id(), RunStore.WAITING, RunStore.QUEUED)) {
                try {
                    launch(run.id()); // decided, but its server stopped before launching it again
                    recovered++;
                } catch (IllegalStateException e) {
                    // launch failed the run with the reason
                }
                continue;
            }
            if (!autoRestart || run.executionId() == null) {
                continue;
            }
            JobExecution last = execution(run);
            if (last != null && interrupted(run, last, orphaned(run, last))) {
                try {
                    restart(run.id());
                    recovered++;
                } catch (PlatformException e) {
                    // another server restarted it, or it moved on meanwhile
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not restart interrupted run " + run.id(), e);
                }
            }
        }
        return recovered;
    }

    private static JobExecution execution(RunStore.Run run) {
        if (run.executionId() == null) {
            return null;
        }
        try {
            return BatchRuntime.getJobOperator().getJobExecution(run.executionId());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private RunStore.Run run(String id) {
        return runs.run(id).orElseThrow(() -> PlatformException.notFound("run-not-found", "No run '" + id + "'"));
    }
}
