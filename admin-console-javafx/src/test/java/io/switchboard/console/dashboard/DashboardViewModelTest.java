package io.switchboard.console.dashboard;

import io.switchboard.api.agent.AgentView;
import io.switchboard.api.client.AgentsApi;
import io.switchboard.api.client.StatusApi;
import io.switchboard.api.status.PlatformStatus;
import io.switchboard.api.usage.UsageReport;
import io.switchboard.api.usage.UsageRow;
import io.switchboard.console.agents.StubAgentsApi;
import io.switchboard.console.client.RecordingEvents;
import io.switchboard.console.concurrent.SameThreadTasks;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewModelTest {

    private final RecordingEvents events = new RecordingEvents();
    private int statusCalls;
    private Map<String, String> circuits = Map.of("echo", "OPEN");
    private final AgentsApi agents = new StubAgentsApi() {
        @Override
        public List<AgentView> agents() {
            return List.of(agent("general", "active", "active"), agent("echo", "active", "degraded"),
                    agent("data", "inactive", "active"));
        }
    };
    private final StatusApi status = new StatusApi() {
        @Override
        public PlatformStatus status() {
            statusCalls++;
            return new PlatformStatus("1", Instant.EPOCH, 1, null, null, circuits);
        }

        @Override
        public UsageReport usageToday() {
            return new UsageReport("d", "d", "agent", new UsageRow("total", 3, 0, 1000, 234,
                    new BigDecimal("0.01234")), List.of());
        }
    };
    private final DashboardViewModel model = new DashboardViewModel(agents, status, events, new SameThreadTasks(),
            Clock.fixed(Instant.parse("2026-12-02T10:00:30Z"), ZoneOffset.UTC));

    @Test
    void agentsShowTheirStatusAndCircuitAndUsageIsSummed() {
        model.start();

        assertThat(model.agents()).containsExactly(new AgentTile("data", "disabled", "CLOSED"),
                new AgentTile("echo", "degraded", "OPEN"), new AgentTile("general", "active", "CLOSED"));
        assertThat(model.tokensTodayProperty().get()).isEqualTo("1234 tokens, $0.0123 in 3 model call(s)");
        assertThat(events.subscriptions).containsExactly("null@-1");
    }

    @Test
    void requestsLatencyErrorsAndTasksInFlightComeFromTheEvents() {
        model.start();
        events.emit("task.received", "t1", "echo", "2026-12-02T10:00:01Z", null);
        events.emit("task.received", "t2", "echo", "2026-12-02T10:00:02Z", null);
        events.emit("task.received", "t3", "echo", "2026-12-02T10:01:05Z", null);
        assertThat(model.inFlightProperty().get()).isEqualTo(3);

        events.emit("task.completed", "t1", "echo", "2026-12-02T10:01:10Z", Json.createObjectBuilder()
                .add("durationMs", 40).build());
        events.emit("task.failed", "t2", "echo", "2026-12-02T10:01:20Z", Json.createObjectBuilder()
                .add("durationMs", 100).build());
        events.emit("tool.call", "t3", "tool", "2026-12-02T10:01:21Z", null);

        assertThat(model.inFlightProperty().get()).isEqualTo(1);
        assertThat(model.minutes()).hasSize(2);
        MinuteStats first = model.minutes().get(0);
        MinuteStats second = model.minutes().get(1);
        assertThat(first.minute()).isEqualTo(Instant.parse("2026-12-02T10:00:00Z"));
        assertThat(first.requests()).isEqualTo(2);
        assertThat(second.requests()).isEqualTo(1);
        assertThat(second.meanLatencyMs()).isEqualTo(70.0);
        assertThat(second.errorRate()).isEqualTo(0.5);
    }

    @Test
    void endedTasksRefreshTheCircuitsAtMostEveryFewSeconds() {
        model.start();
        assertThat(statusCalls).isEqualTo(1);
        circuits = Map.of();
        events.emit("task.completed", "t1", "echo", "2026-12-02T10:00:01Z", null);
        assertThat(statusCalls).isEqualTo(1); // the clock stands still: within the refresh interval
        model.refresh();
        assertThat(model.agents()).extracting(AgentTile::circuit).containsOnly("CLOSED");
    }

    @Test
    void onlyTheLastHalfHourIsKept() {
        model.start();
        for (int minute = 0; minute < 40; minute++) {
            events.emit("task.received", "t" + minute, null,
                    Instant.parse("2026-12-02T09:00:00Z").plusSeconds(60L * minute).toString(), null);
        }
        assertThat(model.minutes()).hasSize(DashboardViewModel.WINDOW_MINUTES);
        assertThat(model.minutes().get(0).minute()).isEqualTo(Instant.parse("2026-12-02T09:10:00Z"));
    }

    private static AgentView agent(String name, String status, String health) {
        return AgentView.basic(name, name, "", "local", status, health, List.of(), List.of(), true, null, null, "0.3");
    }

    @Test
    void whileNoTaskEndsTheAgentsAreStillFetchedEveryPollUntilStopped() {
        java.util.concurrent.atomic.AtomicReference<Instant> now = new java.util.concurrent.atomic.AtomicReference<>(
                Instant.parse("2026-12-02T10:00:30Z"));
        Clock moving = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        SameThreadTasks tasks = new SameThreadTasks();
        DashboardViewModel polled = new DashboardViewModel(agents, status, events, tasks, moving);
        polled.start();
        assertThat(statusCalls).isEqualTo(1);

        tasks.tick(); // no time has passed since the first fetch
        assertThat(statusCalls).isEqualTo(1);
        now.set(now.get().plus(DashboardViewModel.POLL_IDLE));
        circuits = Map.of("echo", "CLOSED");
        tasks.tick();
        assertThat(statusCalls).isEqualTo(2);
        assertThat(polled.agents()).contains(new AgentTile("echo", "degraded", "CLOSED"));

        polled.stop();
        assertThat(tasks.periodicCount()).isZero();
    }
}
