package io.switchboard.workflow.run;

import io.switchboard.core.event.ExecutionLog;
import java.util.HashMap;
import java.util.Map;

/** A run's transitions on the execution log (task id = run id), for its history and the live event stream. */
final class RunEvents {

    private RunEvents() {
    }

    static void run(ExecutionLog log, String runId, String state, String workflow, String error) {
        Map<String, Object> data = new HashMap<>();
        data.put("workflow", workflow);
        data.put("error", error);
        log.record("run." + state, runId, null, data);
    }

    static void node(ExecutionLog log, String runId, String nodeId, String type, String state, String error) {
        node(log, runId, nodeId, type, state, error, null);
    }

    /** A node's transition; {@code took} (start to result, when known) feeds the node-duration metric. */
    static void node(ExecutionLog log, String runId, String nodeId, String type, String state, String error,
                     java.time.Duration took) {
        Map<String, Object> data = new HashMap<>();
        if (took != null) {
            data.put("durationMs", took.toMillis());
        }
        data.put("node", nodeId);
        data.put("nodeType", type);
        data.put("error", error);
        log.record("node." + state, runId, null, data);
    }
}
