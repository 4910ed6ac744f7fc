package io.switchboard.workflow.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowEdge;
import io.switchboard.api.workflow.WorkflowNode;
import io.switchboard.workflow.catalog.WorkflowTemplates;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which nodes run next: after a condition only its chosen branch; a join waits for every live branch. */
class RunPlannerTest {

    static NodeState done(String id, JsonValue output) {
        return new NodeState(id, "x", NodeState.COMPLETED, output, null, 1, null, null, null, null);
    }

    static NodeState state(String id, String state) {
        return new NodeState(id, "x", state, null, null, 1, null, null, null, null);
    }

    final WorkflowDocument triage = WorkflowTemplates.get("triage-and-route").definition();

    @Test
    void theStartNodeRunsFirstAndThenEachNodeWhenItsInputsAreDone() {
        assertThat(RunPlanner.plan(triage, Map.of()).runnable()).containsExactly("start");
        Map<String, NodeState> states = new HashMap<>(Map.of("start", done("start", null)));
        assertThat(RunPlanner.plan(triage, states).runnable()).containsExactly("triage");
    }

    @Test
    void aConditionLeavesItsOtherBranchSkippedAndTheJoinWaitsOnlyForTheLiveOne() {
        Map<String, NodeState> states = new HashMap<>(Map.of("start", done("start", null), "triage",
                done("triage", null), "urgent", done("urgent", JsonValue.FALSE)));
        RunPlanner.Plan plan = RunPlanner.plan(triage, states);
        assertThat(plan.runnable()).containsExactly("lookup");
        assertThat(plan.skipped()).containsExactly("draft");

        states.put("draft", state("draft", NodeState.SKIPPED));
        assertThat(RunPlanner.plan(triage, states).skipped()).containsExactly("approve");
        states.put("approve", state("approve", NodeState.SKIPPED));
        assertThat(RunPlanner.plan(triage, states).runnable()).as("lookup still runs").containsExactly("lookup");
        states.put("lookup", done("lookup", null));
        assertThat(RunPlanner.plan(triage, states).runnable()).containsExactly("merge");
    }

    @Test
    void aWaitingApprovalHoldsItsSuccessorsUntilDecidedAndAnInterruptedNodeRunsAgain() {
        Map<String, NodeState> states = new HashMap<>(Map.of("start", done("start", null), "triage",
                done("triage", null), "urgent", done("urgent", JsonValue.TRUE), "lookup",
                state("lookup", NodeState.SKIPPED), "draft", done("draft", null), "approve",
                state("approve", NodeState.WAITING)));
        assertThat(RunPlanner.plan(triage, states).runnable()).isEmpty();
        states.put("approve", new NodeState("approve", "approval", NodeState.WAITING, null, null, 1, "approved", "ops",
                null, null));
        assertThat(RunPlanner.plan(triage, states).runnable()).containsExactly("approve");

        states.put("approve", state("approve", NodeState.RUNNING));
        assertThat(RunPlanner.plan(triage, states).runnable()).as("interrupted by a crash").containsExactly("approve");
    }

    @Test
    void aFailedNodeTakesOnlyItsErrorEdge() {
        WorkflowDocument doc = new WorkflowDocument("e", null, List.of(), List.of(
                new WorkflowNode("start", "start", null, null, null, null, null, null, null, null),
                new WorkflowNode("risky", "agent", null, null, null, null, null, "error-edge", null, null),
                new WorkflowNode("ok", "end", null, null, null, null, null, null, null, null),
                new WorkflowNode("oops", "end", null, null, null, null, null, null, null, null)),
                List.of(new WorkflowEdge("start", "risky", null, null), new WorkflowEdge("risky", "ok", null, null),
                        new WorkflowEdge("risky", "oops", null, true)));
        Map<String, NodeState> states = Map.of("start", done("start", null), "risky", state("risky", NodeState.FAILED));
        RunPlanner.Plan plan = RunPlanner.plan(doc, states);
        assertThat(plan.runnable()).containsExactly("oops");
        assertThat(plan.skipped()).containsExactly("ok");
    }

    @Test
    void expressionsCannotReachAnythingButTheRunsValues() {
        Map<String, Object> inputs = Map.of("name", "ada");
        for (String attack : List.of("${inputs.getClass()}", "${inputs.name.getClass().forName('java.lang.Runtime')}",
                "${Runtime.getRuntime().exec('id')}", "${System.getProperty('user.home')}", "${inputs.name.class}",
                "${inputs.name.bytes}", "${Runtime}", "${(f -> f(f))(f -> f(f))}")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> RunValues.evaluate(attack, inputs, Map.of()))
                    .as(attack).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(RunValues.evaluate("${inputs.name.substring(1).toUpperCase()}", inputs, Map.of())).isEqualTo("DA");
    }

    @Test
    void templatesReadInputsAndEarlierOutputs() {
        Map<String, Object> nodes = Map.of("calc", Map.of("output", Map.of("result", 14L)));
        assertThat(RunValues.evaluate("big: ${nodes.calc.output.result}", Map.of(), nodes)).isEqualTo("big: 14");
        assertThat(RunValues.evaluate("${nodes.calc.output.result > 10}", Map.of(), nodes)).isEqualTo(true);
        assertThat(RunValues.evaluate("${inputs.name.toUpperCase()}", Map.of("name", "ada"), Map.of())).isEqualTo("ADA");
        assertThat(RunValues.toJson(RunValues.toJava(RunValues.parse("{\"a\":[1,2.5,true,null,\"x\"]}"))).toString())
                .isEqualTo("{\"a\":[1,2.5,true,null,\"x\"]}");
    }

    @Test
    void aMapItemSeesItsItemItsIndexAndItsOwnOutputs() {
        MapItems.ItemScope scope = new MapItems.ItemScope(Map.of("calc", Map.of("output", 14L)), "b", 1);
        scope.put("fetch", Map.of("output", "B"));
        assertThat(RunValues.evaluate("${index}:${item}:${nodes.fetch.output}:${nodes.calc.output}", Map.of(), scope))
                .isEqualTo("1:b:B:14");
        assertThat(RunValues.evaluate("${index + 1}", Map.of(), scope)).isEqualTo(2L);
    }

    @Test
    void aMapsSubPathIsNotPlannedAndItsLoopBackDoesNotHoldTheMap() {
        WorkflowDocument doc = new WorkflowDocument("mapped", null, List.of(),
                List.of(node("start", "start"), node("each", "map"), node("fetch", "tool"), node("shape", "transform"),
                        node("done", "end")),
                List.of(edge("start", "each", null), edge("each", "fetch", "item"), edge("fetch", "shape", null),
                        edge("shape", "each", null), edge("each", "done", null)));
        Map<String, NodeState> states = new HashMap<>(Map.of("start", done("start", null)));
        assertThat(RunPlanner.plan(doc, states).runnable()).containsExactly("each");
        states.put("each", done("each", JsonValue.EMPTY_JSON_ARRAY));
        RunPlanner.Plan plan = RunPlanner.plan(doc, states);
        assertThat(plan.runnable()).containsExactly("done");
        assertThat(plan.skipped()).as("the sub-path's nodes are neither run nor skipped").isEmpty();
    }

    static WorkflowNode node(String id, String type) {
        return new WorkflowNode(id, type, null, null, null, null, null, null, null, null);
    }

    static WorkflowEdge edge(String from, String to, String when) {
        return new WorkflowEdge(from, to, when, null);
    }
}
