package io.switchboard.core.metrics;

import java.time.Duration;
import java.util.Map;

/**
 * Turns one execution-log event into metric observations. Every metric name always carries the same tag names
 * (Prometheus needs that); a missing value becomes {@code none}. Tag values come from bounded sets (registered
 * agents, tools, models, workflow names, node types, outcomes), never from ids or user input.
 */
public final class EventMetrics {

    public static final String TASKS_RECEIVED = "switchboard.tasks.received";
    public static final String TASKS_ROUTED = "switchboard.tasks.routed";
    public static final String TASKS = "switchboard.tasks";
    public static final String TASK_DURATION = "switchboard.task.duration";
    public static final String A2A_CALLS = "switchboard.a2a.calls";
    public static final String A2A_CALL_DURATION = "switchboard.a2a.call.duration";
    public static final String MODEL_CALLS = "switchboard.model.calls";
    public static final String MODEL_CALL_DURATION = "switchboard.model.call.duration";
    public static final String MODEL_TOKENS = "switchboard.model.tokens";
    public static final String MODEL_COST = "switchboard.model.cost.usd";
    public static final String TOOL_CALLS = "switchboard.tool.calls";
    public static final String TOOL_CALL_DURATION = "switchboard.tool.call.duration";
    public static final String RETRIEVALS = "switchboard.retrievals";
    public static final String WORKFLOW_RUNS = "switchboard.workflow.runs";
    public static final String WORKFLOW_NODES = "switchboard.workflow.nodes";
    public static final String WORKFLOW_NODE_DURATION = "switchboard.workflow.node.duration";

    static final String NONE = "none";

    private EventMetrics() {
    }

    /** Observes one event of the execution log; unknown types are ignored. */
    public static void observe(String type, String agent, Map<String, ?> data, MetricSink sink) {
        if (type == null) {
            return;
        }
        Map<String, ?> d = data == null ? Map.of() : data;
        switch (type) {
            case "task.received" -> sink.count(TASKS_RECEIVED, "Tasks received by the orchestrator", 1, Map.of());
            case "task.routed" -> sink.count(TASKS_ROUTED, "Tasks routed to an agent, by agent and routing mode", 1,
                    Map.of("agent", tag(agent), "mode", tag(d.get("mode"))));
            case "task.completed", "task.failed" -> {
                String outcome = type.substring("task.".length());
                sink.count(TASKS, "Tasks ended, by agent and outcome (completed, failed)", 1,
                        Map.of("agent", tag(agent), "outcome", outcome));
                millis(d.get("durationMs")).ifPresent(ms -> sink.time(TASK_DURATION,
                        "Task duration from receipt to answer, by agent", ms, Map.of("agent", tag(agent))));
            }
            case "a2a.call" -> {
                String target = tag(d.get("target") == null ? agent : d.get("target"));
                sink.count(A2A_CALLS, "A2A calls to agents, by target agent and outcome (task state)", 1,
                        Map.of("target", target, "outcome", tag(d.get("outcome"))));
                millis(d.get("latencyMs")).ifPresent(ms -> sink.time(A2A_CALL_DURATION,
                        "A2A call latency, by target agent", ms, Map.of("target", target)));
            }
            case "model.call" -> model(agent, d, sink);
            case "tool.call" -> {
                String tool = tag(d.get("tool"));
                sink.count(TOOL_CALLS, "Tool invocations, by tool and outcome", 1,
                        Map.of("tool", tool, "outcome", tag(d.get("outcome"))));
                millis(d.get("durationMs")).ifPresent(ms -> sink.time(TOOL_CALL_DURATION,
                        "Tool invocation duration, by tool", ms, Map.of("tool", tool)));
            }
            case "retrieval" -> sink.count(RETRIEVALS, "Knowledge retrievals by agents", 1,
                    Map.of("agent", tag(agent)));
            default -> workflow(type, d, sink);
        }
    }

    private static void model(String agent, Map<String, ?> d, MetricSink sink) {
        Map<String, String> tags = Map.of("agent", tag(agent), "model", tag(d.get("model")));
        sink.count(MODEL_CALLS, "Model calls, by agent, model and outcome", 1,
                Map.of("agent", tag(agent), "model", tag(d.get("model")), "outcome", tag(d.get("outcome"))));
        long in = number(d.get("inputTokens"));
        long out = number(d.get("outputTokens"));
        sink.count(MODEL_TOKENS, "Model tokens, by agent, model and direction (input, output)", in,
                Map.of("agent", tag(agent), "model", tag(d.get("model")), "direction", "input"));
        sink.count(MODEL_TOKENS, "Model tokens, by agent, model and direction (input, output)", out,
                Map.of("agent", tag(agent), "model", tag(d.get("model")), "direction", "output"));
        if (d.get("costUsd") instanceof Number cost) {
            sink.add(MODEL_COST, "Estimated model cost in US dollars, by agent and model", cost.doubleValue(), tags);
        }
        millis(d.get("latencyMs")).ifPresent(ms -> sink.time(MODEL_CALL_DURATION,
                "Model call latency, by agent and model", ms, tags));
    }

    private static void workflow(String type, Map<String, ?> d, MetricSink sink) {
        if (type.startsWith("run.")) {
            sink.count(WORKFLOW_RUNS, "Workflow run transitions, by workflow and state entered", 1,
                    Map.of("workflow", tag(d.get("workflow")), "state", type.substring("run.".length())));
        } else if (type.startsWith("node.")) {
            String nodeType = tag(d.get("nodeType"));
            String state = type.substring("node.".length());
            sink.count(WORKFLOW_NODES, "Workflow node transitions, by node type and state entered", 1,
                    Map.of("type", nodeType, "state", state));
            millis(d.get("durationMs")).ifPresent(ms -> sink.time(WORKFLOW_NODE_DURATION,
                    "Workflow node duration from start to its result, by node type and final state", ms,
                    Map.of("type", nodeType, "state", state)));
        }
    }

    private static String tag(Object value) {
        return value == null || value.toString().isBlank() ? NONE : value.toString();
    }

    private static long number(Object value) {
        return value instanceof Number n ? Math.max(0, n.longValue()) : 0;
    }

    private static java.util.Optional<Duration> millis(Object value) {
        if (value instanceof Number n && n.longValue() >= 0) {
            return java.util.Optional.of(Duration.ofMillis(n.longValue()));
        }
        return java.util.Optional.empty();
    }
}
