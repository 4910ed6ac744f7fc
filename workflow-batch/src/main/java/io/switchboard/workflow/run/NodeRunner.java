package io.switchboard.workflow.run;

import io.switchboard.api.workflow.WorkflowNode;
import io.switchboard.workflow.definition.NodeTypes;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/**
 * The processor of the {@code workflow-run} job: runs one node with its retries (doubling backoff) and decides
 * the outcome by its {@code onFailure}; an approval node without a decision waits.
 */
@Named("workflowNodeRunner")
@Dependent
public class NodeRunner implements ItemProcessor {

    /** What became of a node. */
    public record Outcome(RunContext.Item item, String state, JsonValue output, String error) {
    }

    @Inject
    NodeExecutor executor;

    @Override
    public Object processItem(Object item) throws Exception {
        RunContext.Item next = (RunContext.Item) item;
        WorkflowNode node = next.node();
        if (NodeTypes.APPROVAL.equals(node.type())) {
            return approval(next);
        }
        int retries = node.retries() == null ? 0 : node.retries();
        long backoff = node.retryBackoffMs() == null ? 1000 : node.retryBackoffMs();
        String error = null;
        for (int attempt = 0; attempt <= retries; attempt++) {
            try {
                JsonValue output = executor.execute(next.run(), node, next.attempt() + attempt, next.inputs(),
                        next.nodes());
                return new Outcome(next, NodeState.COMPLETED, output, null);
            } catch (RuntimeException | StackOverflowError e) {
                error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                if (attempt < retries) {
                    try {
                        Thread.sleep(Math.min(backoff << attempt, 600_000));
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
        }
        String onFailure = node.onFailure() == null ? "fail" : node.onFailure();
        return "continue".equals(onFailure) ? new Outcome(next, NodeState.COMPLETED, JsonValue.NULL, null)
                : new Outcome(next, NodeState.FAILED, null, error);
    }

    private Outcome approval(RunContext.Item next) {
        NodeState state = next.state();
        if (state == null || state.decision() == null) {
            return new Outcome(next, NodeState.WAITING, null, null);
        }
        if ("approved".equals(state.decision())) {
            return new Outcome(next, NodeState.COMPLETED, Json.createObjectBuilder().add("approved", true)
                    .add("by", state.decidedBy() == null ? "" : state.decidedBy()).build(), null);
        }
        return new Outcome(next, NodeState.FAILED, null, "Rejected by " + state.decidedBy());
    }
}
