package io.switchboard.workflow.run;

import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowNode;
import io.switchboard.core.event.ExecutionLog;
import io.switchboard.workflow.catalog.WorkflowStore;
import io.switchboard.workflow.definition.NodeTypes;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reader of the {@code workflow-run} job: the next wave of the run, i.e. every node whose incoming edges are
 * resolved (see {@link RunPlanner}; the branches of a parallel fan-out come together), at most
 * {@code switchboard.workflows.max-parallel-nodes} of them, marking nodes no live edge reaches as skipped. When nothing is left to run it settles the
 * run: waiting (an approval is pending), completed (an end node ran; its output is the run's) or failed.
 */
@Named("workflowNextNode")
@Dependent
public class NextNodeReader extends AbstractItemReader {

    private static final Set<String> OVER = Set.of(RunStore.COMPLETED, RunStore.FAILED, RunStore.STOPPED);

    @Inject
    @BatchProperty
    String runId;

    @Inject
    RunStore runs;

    @Inject
    WorkflowStore workflows;

    @Inject
    ExecutionLog log;

    @Inject
    @ConfigProperty(name = "switchboard.workflows.max-parallel-nodes", defaultValue = "8")
    int maxParallel;

    private WorkflowDocument doc;

    @Override
    public Object readItem() {
        RunStore.Run run = runs.run(runId).orElse(null);
        if (run == null || OVER.contains(run.state())) {
            return null;
        }
        if (doc == null) { // versions are immutable: read and parse once per job execution
            doc = workflows.version(run.workflowId(), run.version()).orElseThrow().definition();
        }
        if (!RunStore.RUNNING.equals(run.state())) {
            runs.markRunning(runId);
            RunEvents.run(log, runId, "started", run.workflowName(), null);
        }
        while (true) {
            Map<String, NodeState> states = runs.nodes(runId);
            RunPlanner.Plan plan = RunPlanner.plan(doc, states);
            if (!plan.skipped().isEmpty()) {
                for (String id : plan.skipped()) {
                    String type = node(doc, id).type();
                    runs.finished(runId, id, type, NodeState.SKIPPED, null, null);
                    RunEvents.node(log, runId, id, type, NodeState.SKIPPED, null);
                }
                continue;
            }
            if (plan.runnable().isEmpty()) {
                if (settle(run, doc, states)) {
                    continue; // an approval was decided while the run was settling into waiting
                }
                return null;
            }
            Map<String, Object> inputs = RunContext.inputs(run, doc);
            Map<String, Object> outputs = RunContext.nodes(states);
            List<RunContext.Item> wave = new ArrayList<>();
            for (String id : plan.runnable().subList(0, Math.min(plan.runnable().size(), maxParallel))) {
                WorkflowNode node = node(doc, id);
                NodeState state = states.get(id);
                if (!NodeRunner.INSTANT.contains(node.type())) {
                    // nodes that only evaluate expressions finish in microseconds: their completion is their event
                    runs.started(runId, id, node.type());
                    RunEvents.node(log, runId, id, node.type(), "started", null);
                }
                wave.add(new RunContext.Item(run, doc, node, state, state == null ? 0 : state.attempts(), inputs,
                        outputs));
            }
            return new RunContext.Wave(wave);
        }
    }

    /**
     * Settles the run; true when it must go on instead. A decision recorded before the run row was locked here
     * is seen on the second look; one recorded after it waits for this transaction and then launches the run.
     */
    private boolean settle(RunStore.Run run, WorkflowDocument doc, Map<String, NodeState> states) {
        if (states.values().stream().anyMatch(s -> NodeState.WAITING.equals(s.state()))) {
            runs.settle(runId, RunStore.WAITING, null, null, false);
            boolean decided = runs.nodes(runId).values().stream()
                    .anyMatch(s -> NodeState.WAITING.equals(s.state()) && s.decision() != null);
            if (decided) {
                runs.settle(runId, RunStore.RUNNING, null, null, false);
                return true;
            }
            RunEvents.run(log, runId, RunStore.WAITING, run.workflowName(), null);
            return false;
        }
        NodeState end = doc.nodes().stream().filter(n -> NodeTypes.END.equals(n.type())).map(n -> states.get(n.id()))
                .filter(s -> s != null && NodeState.COMPLETED.equals(s.state())).findFirst().orElse(null);
        if (end != null) {
            runs.settle(runId, RunStore.COMPLETED, end.output(), null, true);
            RunEvents.run(log, runId, RunStore.COMPLETED, run.workflowName(), null);
        } else {
            String error = "No end node was reached";
            runs.settle(runId, RunStore.FAILED, null, error, true);
            RunEvents.run(log, runId, RunStore.FAILED, run.workflowName(), error);
        }
        return false;
    }

    static WorkflowNode node(WorkflowDocument doc, String id) {
        return doc.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }
}
