package io.switchboard.workflow.run;

import io.switchboard.core.event.ExecutionLog;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The writer of the {@code workflow-run} job: stores the outcome of each node of the wave in the chunk's transaction (so a node
 * completes exactly when its result is stored) and fails the run when a node that fails the run failed.
 */
@Named("workflowNodeWriter")
@Dependent
public class NodeResultWriter extends AbstractItemWriter {

    @Inject
    RunStore runs;

    @Inject
    ExecutionLog log;

    @Override
    public void writeItems(List<Object> items) {
        for (Object wave : items) {
            for (NodeRunner.Outcome o : ((NodeRunner.Wave) wave).outcomes()) {
                write(o);
            }
        }
    }

    private void write(NodeRunner.Outcome o) {
        var node = o.item().node();
        String runId = o.item().run().id();
        var took = runs.finished(runId, node.id(), node.type(), o.state(), o.output(), o.error());
        RunEvents.node(log, runId, node.id(), node.type(), o.state(), o.error(), took);
        if (NodeState.FAILED.equals(o.state()) && !"error-edge".equals(node.onFailure())) {
            String error = "Node " + node.id() + " failed: " + o.error();
            runs.settle(runId, RunStore.FAILED, null, error, true);
            RunEvents.run(log, runId, RunStore.FAILED, o.item().run().workflowName(), error);
        }
    }
}
