package io.switchboard.workflow.run;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.workflow.WorkflowNode;
import io.switchboard.core.trace.LogFields;
import io.switchboard.core.trace.Spans;
import io.switchboard.workflow.definition.NodeTypes;
import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The processor of the {@code workflow-run} job: runs the nodes of a wave side by side, each attempt on the managed
 * executor (a lone expression-only node on the batch thread), each with its retries (doubling backoff) and its timeout per attempt, and
 * decides each outcome by the node's {@code onFailure}; an approval node without a decision waits.
 */
@Named("workflowNodeRunner")
@Dependent
public class NodeRunner implements ItemProcessor {

    /** Node types that only evaluate expressions: run on the calling thread, no timeout needed. */
    static final Set<String> INSTANT = Set.of(NodeTypes.START, NodeTypes.END, NodeTypes.TRANSFORM,
            NodeTypes.CONDITION, NodeTypes.PARALLEL, NodeTypes.JOIN);

    /** What became of a node. */
    public record Outcome(RunContext.Item item, String state, JsonValue output, String error) {
    }

    /** What became of a wave's nodes. */
    public record Wave(List<Outcome> outcomes) {
    }

    @Inject
    NodeExecutor executor;

    @Inject
    MapItems maps;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService threads;

    @Inject
    @ConfigProperty(name = "switchboard.workflows.node-timeout-seconds", defaultValue = "300")
    int defaultTimeoutSeconds;

    /**
     * Where a wave's nodes wait for their attempts and a map coordinates its items: waiting must not hold a managed
     * thread, or the attempts queue behind the waiters on Liberty's slowly growing pool.
     */
    private static final ExecutorService WAITERS = Executors.newVirtualThreadPerTaskExecutor();

    @Override
    public Object processItem(Object item) throws Exception {
        List<RunContext.Item> items = ((RunContext.Wave) item).items();
        if (items.size() == 1) {
            return new Wave(List.of(run(items.get(0), true)));
        }
        List<Future<Outcome>> running = new ArrayList<>();
        for (RunContext.Item next : items) {
            running.add(WAITERS.submit(Spans.carried(() -> run(next, false))));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                outcomes.add(running.get(i).get());
            } catch (ExecutionException e) {
                outcomes.add(new Outcome(items.get(i), NodeState.FAILED, null, message(e.getCause())));
            }
        }
        return new Wave(outcomes);
    }

    /** Runs one node in a span of its own, with the run and node ids on its log records. */
    private Outcome run(RunContext.Item next, boolean onBatchThread) throws InterruptedException {
        WorkflowNode node = next.node();
        try (var run = LogFields.with(LogFields.RUN_ID, next.run().id());
             var nodeField = LogFields.with(LogFields.NODE_ID, node.id())) {
            return Spans.in("workflow.node " + node.type(), Map.of("switchboard.run.id", next.run().id(),
                    "switchboard.node.id", node.id(), "switchboard.node.type", node.type()),
                    () -> runTraced(next, onBatchThread));
        }
    }

    /** The task on another thread, in the current span and with the run and node ids on its log records. */
    private static <T> java.util.concurrent.Callable<T> traced(RunContext.Item next,
                                                             java.util.concurrent.Callable<T> work) {
        return Spans.carried(() -> {
            try (var run = LogFields.with(LogFields.RUN_ID, next.run().id());
                 var nodeField = LogFields.with(LogFields.NODE_ID, next.node().id())) {
                return work.call();
            }
        });
    }

    private Outcome runTraced(RunContext.Item next, boolean onBatchThread) throws InterruptedException {
        WorkflowNode node = next.node();
        if (NodeTypes.APPROVAL.equals(node.type())) {
            return approval(next);
        }
        int retries = node.retries() == null ? 0 : node.retries();
        long backoff = node.retryBackoffMs() == null ? 1000 : node.retryBackoffMs();
        String error = null;
        int tries = 0; // a retry after a timeout keeps the key: the abandoned call may still go through
        for (int attempt = 0; attempt <= retries; attempt++) {
            try {
                JsonValue output = attempt(next, next.attempt() + "." + tries, onBatchThread);
                return new Outcome(next, NodeState.COMPLETED, output, null);
            } catch (TimeoutException e) {
                error = message(e);
            } catch (RuntimeException | StackOverflowError e) {
                error = message(e);
                tries++;
            }
            if (attempt < retries) {
                Thread.sleep(Math.min(backoff << attempt, 600_000));
            }
        }
        String onFailure = node.onFailure() == null ? "fail" : node.onFailure();
        return "continue".equals(onFailure) ? new Outcome(next, NodeState.COMPLETED, JsonValue.NULL, null)
                : new Outcome(next, NodeState.FAILED, null, error);
    }

    /** One attempt; a node that calls out runs on its own thread and is abandoned when its timeout passes. */
    private JsonValue attempt(RunContext.Item next, String attempt, boolean onBatchThread)
            throws TimeoutException, InterruptedException {
        WorkflowNode node = next.node();
        if (INSTANT.contains(node.type()) && onBatchThread) {
            return executor.execute(next.run(), node, attempt, next.inputs(), next.nodes());
        }
        int timeout = node.timeoutSeconds() == null ? defaultTimeoutSeconds : node.timeoutSeconds();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeout);
        Future<JsonValue> call = NodeTypes.MAP.equals(node.type())
                ? WAITERS.submit(traced(next, () -> maps.run(next.run(), next.definition(), node, attempt, next.inputs(),
                        next.nodes(), deadline)))
                : threads.submit(traced(next, () -> executor.execute(next.run(), node, attempt, next.inputs(),
                        next.nodes())));
        try {
            return call.get(timeout, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            // abandoned, not interrupted: an interrupt in the middle of database or index I/O breaks the file channel;
            // the call ends by the tool's or the A2A client's own timeout
            call.cancel(false);
            throw new TimeoutException("Timed out after " + timeout + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(message(e.getCause()), e.getCause());
        }
    }

    private Outcome approval(RunContext.Item next) {
        NodeState state = next.state();
        if (state == null || state.decision() == null) {
            return new Outcome(next, NodeState.WAITING, null, null);
        }
        if ("approved".equals(state.decision())) {
            return new Outcome(next, NodeState.COMPLETED, Jsonp.JSON.createObjectBuilder().add("approved", true)
                    .add("by", state.decidedBy() == null ? "" : state.decidedBy()).build(), null);
        }
        return new Outcome(next, NodeState.FAILED, null, "Rejected by " + state.decidedBy());
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
