package io.switchboard.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventMetricsTest {

    record Observation(String kind, String name, double amount, Map<String, String> tags) {
    }

    /** Records what it is told, as a registry would see it. */
    static final class RecordingSink implements MetricSink {
        final List<Observation> seen = new ArrayList<>();

        @Override
        public void count(String name, String description, long amount, Map<String, String> tags) {
            assertThat(description).isNotBlank();
            seen.add(new Observation("count", name, amount, tags));
        }

        @Override
        public void add(String name, String description, double amount, Map<String, String> tags) {
            seen.add(new Observation("add", name, amount, tags));
        }

        @Override
        public void time(String name, String description, Duration duration, Map<String, String> tags) {
            seen.add(new Observation("time", name, duration.toMillis(), tags));
        }

        List<Observation> named(String name) {
            return seen.stream().filter(o -> o.name().equals(name)).toList();
        }
    }

    private final RecordingSink sink = new RecordingSink();

    @Test
    void aFailedTaskIsCountedByAgentAndOutcomeAndTimed() {
        EventMetrics.observe("task.failed", "data", Map.of("durationMs", 1234L, "error", "boom"), sink);

        assertThat(sink.named(EventMetrics.TASKS)).containsExactly(new Observation("count", EventMetrics.TASKS, 1,
                Map.of("agent", "data", "outcome", "failed")));
        assertThat(sink.named(EventMetrics.TASK_DURATION)).containsExactly(new Observation("time",
                EventMetrics.TASK_DURATION, 1234, Map.of("agent", "data")));
    }

    @Test
    void anA2aCallIsCountedPerTargetWithItsLatency() {
        EventMetrics.observe("a2a.call", "tool", Map.of("target", "tool", "latencyMs", 12L, "outcome", "failed"), sink);

        assertThat(sink.named(EventMetrics.A2A_CALLS)).singleElement()
                .extracting(Observation::tags).isEqualTo(Map.of("target", "tool", "outcome", "failed"));
        assertThat(sink.named(EventMetrics.A2A_CALL_DURATION)).singleElement()
                .extracting(Observation::amount).isEqualTo(12.0);
    }

    @Test
    void aModelCallCountsTokensByDirectionAndAddsItsCost() {
        Map<String, Object> data = new HashMap<>();
        data.put("provider", "openai");
        data.put("model", "gpt-4o-mini");
        data.put("inputTokens", 120);
        data.put("outputTokens", 30);
        data.put("latencyMs", 250L);
        data.put("outcome", "ok");
        data.put("costUsd", new BigDecimal("0.000036"));
        EventMetrics.observe("model.call", "general", data, sink);

        assertThat(sink.named(EventMetrics.MODEL_TOKENS)).extracting(o -> o.tags().get("direction") + "=" + o.amount())
                .containsExactlyInAnyOrder("input=120.0", "output=30.0");
        assertThat(sink.named(EventMetrics.MODEL_COST)).singleElement().satisfies(o -> {
            assertThat(o.amount()).isEqualTo(0.000036);
            assertThat(o.tags()).isEqualTo(Map.of("agent", "general", "model", "gpt-4o-mini"));
        });
        assertThat(sink.named(EventMetrics.MODEL_CALLS)).singleElement()
                .extracting(o -> o.tags().get("outcome")).isEqualTo("ok");
        assertThat(sink.named(EventMetrics.MODEL_CALL_DURATION)).hasSize(1);
    }

    @Test
    void workflowTransitionsAreCountedByStateAndNodeDurationsByType() {
        EventMetrics.observe("run.completed", null, Map.of("workflow", "invoice"), sink);
        EventMetrics.observe("node.started", null, Map.of("node", "calc", "nodeType", "tool"), sink);
        EventMetrics.observe("node.completed", null, Map.of("node", "calc", "nodeType", "tool", "durationMs", 40L),
                sink);

        assertThat(sink.named(EventMetrics.WORKFLOW_RUNS)).singleElement().extracting(Observation::tags)
                .isEqualTo(Map.of("workflow", "invoice", "state", "completed"));
        assertThat(sink.named(EventMetrics.WORKFLOW_NODES)).extracting(o -> o.tags().get("state"))
                .containsExactly("started", "completed");
        assertThat(sink.named(EventMetrics.WORKFLOW_NODE_DURATION)).singleElement().satisfies(o -> {
            assertThat(o.amount()).isEqualTo(40.0);
            assertThat(o.tags()).isEqualTo(Map.of("type", "tool", "state", "completed"));
        });
    }

    @Test
    void missingValuesBecomeNoneSoEveryNameKeepsItsTagNames() {
        EventMetrics.observe("tool.call", null, Map.of(), sink);
        EventMetrics.observe("task.routed", null, null, sink);

        assertThat(sink.named(EventMetrics.TOOL_CALLS)).singleElement().extracting(Observation::tags)
                .isEqualTo(Map.of("tool", "none", "outcome", "none"));
        assertThat(sink.named(EventMetrics.TOOL_CALL_DURATION)).as("no duration, no timing").isEmpty();
        assertThat(sink.named(EventMetrics.TASKS_ROUTED)).singleElement().extracting(Observation::tags)
                .isEqualTo(Map.of("agent", "none", "mode", "none"));
    }

    @Test
    void unknownEventsAndNegativeDurationsAreIgnored() {
        EventMetrics.observe("something.else", "x", Map.of("durationMs", 5L), sink);
        EventMetrics.observe(null, "x", Map.of(), sink);
        EventMetrics.observe("task.completed", "x", Map.of("durationMs", -3L), sink);

        assertThat(sink.seen).containsExactly(new Observation("count", EventMetrics.TASKS, 1,
                Map.of("agent", "x", "outcome", "completed")));
    }
}
