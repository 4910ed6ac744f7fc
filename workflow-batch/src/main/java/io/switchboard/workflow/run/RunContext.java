package io.switchboard.workflow.run;

import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a node sees of its run: the run, the pinned definition, the inputs and the earlier nodes' outputs. */
public final class RunContext {

    /** One node to run, with everything its expressions read. */
    public record Item(RunStore.Run run, WorkflowDocument definition, WorkflowNode node, NodeState state, int attempt,
                       Map<String, Object> inputs, Map<String, Object> nodes) {
    }

    /** The nodes that can run now, side by side (the branches of a parallel fan-out); one chunk item. */
    public record Wave(List<Item> items) {
        public Wave {
            items = List.copyOf(items);
        }
    }

    private RunContext() {
    }

    /** The inputs with the declared defaults filled in, as EL reads them. */
    static Map<String, Object> inputs(RunStore.Run run, WorkflowDocument doc) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        doc.inputs().forEach(i -> {
            if (i.defaultValue() != null) {
                inputs.put(i.name(), RunValues.toJava(i.defaultValue()));
            }
        });
        run.inputs().forEach((k, v) -> inputs.put(k, RunValues.toJava(v)));
        return inputs;
    }

    /** {@code nodes.<id>.output} of every completed node. */
    static Map<String, Object> nodes(Map<String, NodeState> states) {
        Map<String, Object> nodes = new LinkedHashMap<>();
        states.values().stream().filter(s -> NodeState.COMPLETED.equals(s.state()))
                .forEach(s -> nodes.put(s.nodeId(), Map.of("output", RunValues.toJava(s.output()) == null ? ""
                        : RunValues.toJava(s.output()))));
        return nodes;
    }
}
