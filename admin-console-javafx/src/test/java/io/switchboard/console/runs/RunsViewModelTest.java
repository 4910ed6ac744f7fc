package io.switchboard.console.runs;

import io.switchboard.api.client.ApiCallException;
import io.switchboard.api.client.RunsApi;
import io.switchboard.api.workflow.ApprovalRequest;
import io.switchboard.api.workflow.NodeRunView;
import io.switchboard.api.workflow.RunRequest;
import io.switchboard.api.workflow.RunView;
import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowEdge;
import io.switchboard.api.workflow.WorkflowNode;
import io.switchboard.console.client.RecordingEvents;
import io.switchboard.console.concurrent.QueuedTasks;
import io.switchboard.console.concurrent.SameThreadTasks;
import io.switchboard.console.designer.DesignNode;
import io.switchboard.console.designer.FakeWorkflowsApi;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunsViewModelTest {

    private final FakeWorkflowsApi workflows = new FakeWorkflowsApi();
    private final ScriptedRuns runs = new ScriptedRuns();
    private final RecordingEvents events = new RecordingEvents();
    private final RunsViewModel model = new RunsViewModel(runs, workflows, events, new SameThreadTasks());

    RunsViewModelTest() {
        workflows.create(new WorkflowDocument("flow", null, List.of(), List.of(
                node("start", "start"), node("wait", "approval"), node("end", "end")),
                List.of(new WorkflowEdge("start", "wait", null, null), new WorkflowEdge("wait", "end", null, null))));
    }

    @Test
    void aStartedRunIsWatchedLiveAndItsNodesTakeTheirStates() {
        runs.next = run("running", nodeRun("start", "completed"), nodeRun("wait", "waiting"));

        model.start("wf-1", "{\"amount\": 3}");

        assertThat(runs.started.get(0).inputs().getInt("amount")).isEqualTo(3);
        assertThat(events.subscriptions).containsExactly("run-1@-1");
        assertThat(model.liveProperty().get()).isTrue();
        assertThat(states()).containsExactly("completed", "waiting", null);

        runs.next = run("completed", nodeRun("start", "completed"), nodeRun("wait", "completed"),
                nodeRun("end", "completed"));
        events.emit("node.completed", "run-1");

        assertThat(states()).containsExactly("completed", "completed", "completed");
        assertThat(model.liveProperty().get()).isFalse();
        assertThat(events.closed).isEqualTo(1);
        assertThat(model.messageProperty().get()).isEqualTo("Run completed.");
    }

    @Test
    void inputsThatAreNotAJsonObjectAreRefusedBeforeAnyCall() {
        model.start("wf-1", "[1, 2]");
        assertThat(model.messageProperty().get()).contains("must be a JSON object");
        model.start("wf-1", "{oops");
        assertThat(model.messageProperty().get()).contains("not valid JSON");
        assertThat(runs.started).isEmpty();
    }

    @Test
    void approvalGoesToTheWaitingNodeAndTheDecisionIsShown() {
        runs.next = run("waiting", nodeRun("start", "completed"), nodeRun("wait", "waiting"));
        model.watch("run-1");
        runs.next = run("running", nodeRun("start", "completed"), nodeRun("wait", "completed"));

        model.approve(false);

        assertThat(runs.decisions).containsExactly("run-1/wait/false");
        assertThat(states()).containsExactly("completed", "completed", null);
    }

    @Test
    void aDroppedStreamReconnectsAndCatchesUpWhileTheRunGoesOn() {
        runs.next = run("running", nodeRun("start", "completed"));
        model.watch("run-1");
        runs.next = run("running", nodeRun("start", "completed"), nodeRun("wait", "waiting"));

        events.fail(new ApiCallException(0, null, "connection reset"));

        assertThat(events.subscriptions).containsExactly("run-1@-1", "run-1@-1");
        assertThat(states()).containsExactly("completed", "waiting", null);
        assertThat(model.liveProperty().get()).isTrue();
    }

    @Test
    void aBurstOfEventsWhileAFetchIsInFlightMakesOneMoreFetchNotOnePerEvent() {
        QueuedTasks queued = new QueuedTasks();
        RunsViewModel slow = new RunsViewModel(runs, workflows, events, queued);
        runs.next = run("running", nodeRun("start", "completed"));
        slow.watch("run-1");
        for (int i = 0; i < 5; i++) {
            events.emit("node.completed", "run-1");
        }
        assertThat(queued.started).isEqualTo(1);

        runs.next = run("running", nodeRun("start", "completed"), nodeRun("wait", "waiting"));
        queued.runAll();

        assertThat(queued.started).isEqualTo(2);
        assertThat(runs.fetches).isEqualTo(2);
        assertThat(slow.nodes().get(1).stateProperty().get()).isEqualTo("waiting");
    }

    @Test
    void selectingANodeShowsItsOutputErrorAndTiming() {
        runs.next = run("failed", nodeRun("start", "completed"),
                new NodeRunView("wait", "approval", "failed", JsonValue.NULL, "rejected by ann", 1, "a", "b", 42L));
        model.watch("run-1");

        model.selectedNodeProperty().set(model.nodes().get(1));

        assertThat(model.nodeDetailProperty().get()).contains("wait: failed in 42 ms").contains("Error: rejected by ann");
        model.selectedNodeProperty().set(model.nodes().get(2));
        assertThat(model.nodeDetailProperty().get()).isEqualTo("end: not run (yet)");
    }

    private List<String> states() {
        return model.nodes().stream().map(DesignNode::stateProperty).map(p -> p.get()).toList();
    }

    private static WorkflowNode node(String id, String type) {
        return new WorkflowNode(id, type, id, null, null, null, null, null, null, null);
    }

    private static NodeRunView nodeRun(String id, String state) {
        return new NodeRunView(id, "x", state, null, null, 1, "a", null, null);
    }

    private static RunView run(String state, NodeRunView... nodes) {
        return new RunView("run-1", "wf-1", "flow", 1, state, JsonValue.EMPTY_JSON_OBJECT, null, null, "ann", "t", null,
                List.of(nodes));
    }

    private static final class ScriptedRuns implements RunsApi {
        RunView next;
        final List<RunRequest> started = new ArrayList<>();
        final List<String> decisions = new ArrayList<>();

        @Override
        public RunView start(String workflowId, RunRequest request) {
            started.add(request);
            return next;
        }

        int fetches;

        @Override
        public RunView run(String runId) {
            fetches++;
            return next;
        }

        @Override
        public List<RunView> runs(String workflow, String state, int limit) {
            return next == null ? List.of() : List.of(next);
        }

        @Override
        public RunView decide(String runId, String nodeId, ApprovalRequest decision) {
            decisions.add(runId + "/" + nodeId + "/" + decision.approve());
            return next;
        }

        @Override
        public RunView stop(String runId) {
            return next;
        }

        @Override
        public RunView restart(String runId) {
            return next;
        }
    }
}
