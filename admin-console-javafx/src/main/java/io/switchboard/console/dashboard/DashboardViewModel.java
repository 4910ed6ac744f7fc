package io.switchboard.console.dashboard;

import io.switchboard.api.agent.AgentView;
import io.switchboard.api.client.AgentsApi;
import io.switchboard.api.client.EventsApi;
import io.switchboard.api.client.StatusApi;
import io.switchboard.api.event.ExecutionEventView;
import io.switchboard.api.status.PlatformStatus;
import io.switchboard.api.usage.UsageReport;
import io.switchboard.console.agents.AgentsViewModel;
import io.switchboard.console.client.LiveEventFeed;
import io.switchboard.console.concurrent.BackgroundTasks;
import io.switchboard.console.concurrent.Failures;
import jakarta.json.JsonNumber;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dashboard's figures. Agents, circuits and today's usage come from the API (on start, and again at most
 * every {@link #REFRESH_EVERY} when tasks end); traffic comes from the live event stream: {@code task.received}
 * counts a request and puts the task in flight, {@code task.completed} / {@code task.failed} end it with its
 * duration. Minutes are those of the events' own timestamps, the last {@link #WINDOW_MINUTES} kept.
 */
public final class DashboardViewModel {

    static final int WINDOW_MINUTES = 30;
    static final Duration REFRESH_EVERY = Duration.ofSeconds(5);
    /** While no task ends, agent health and circuits are still fetched this often (health is polled server-side). */
    static final Duration POLL_IDLE = Duration.ofSeconds(15);

    private final AgentsApi agentsApi;
    private final StatusApi statusApi;
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final LiveEventFeed feed;

    private final ObservableList<AgentTile> agents = FXCollections.observableArrayList();
    private final ObservableList<MinuteStats> minutes = FXCollections.observableArrayList();
    private final Set<String> inFlightTasks = new HashSet<>();
    private final IntegerProperty inFlight = new SimpleIntegerProperty();
    private final StringProperty tokensToday = new SimpleStringProperty("–");
    private final StringProperty message = new SimpleStringProperty("");
    private Instant lastRefresh = Instant.MIN;
    private AutoCloseable polling;

    public DashboardViewModel(AgentsApi agentsApi, StatusApi statusApi, EventsApi events, BackgroundTasks tasks,
                              Clock clock) {
        this.agentsApi = agentsApi;
        this.statusApi = statusApi;
        this.tasks = tasks;
        this.clock = clock;
        this.feed = new LiveEventFeed(events, tasks, null, this::onEvent, () -> { });
    }

    /** Loads the figures and follows the event stream. */
    public void start() {
        refresh();
        feed.start();
        stopPolling();
        polling = tasks.every(POLL_IDLE, () -> {
            if (!clock.instant().isBefore(lastRefresh.plus(REFRESH_EVERY))) {
                refresh();
            }
        });
    }

    public void stop() {
        feed.stop();
        stopPolling();
    }

    private void stopPolling() {
        if (polling != null) {
            try {
                polling.close();
            } catch (Exception ignored) {
                // a stopped timeline
            }
            polling = null;
        }
    }

    /** Agents with their circuits, and today's usage. */
    public void refresh() {
        lastRefresh = clock.instant();
        tasks.run(() -> new Snapshot(agentsApi.agents(), statusApi.status(), statusApi.usageToday()), this::show,
                failure -> message.set(Failures.describe(failure)));
    }

    private record Snapshot(List<AgentView> agents, PlatformStatus status, UsageReport usage) {
    }

    private void show(Snapshot snapshot) {
        Map<String, String> circuits = snapshot.status().circuits() == null ? Map.of() : snapshot.status().circuits();
        agents.setAll(snapshot.agents().stream().sorted(Comparator.comparing(AgentView::name))
                .map(a -> new AgentTile(a.name(), AgentsViewModel.status(a), circuits.getOrDefault(a.name(), "CLOSED")))
                .toList());
        var total = snapshot.usage().total();
        tokensToday.set(total == null ? "0 tokens" : (total.inputTokens() + total.outputTokens()) + " tokens, $"
                + (total.costUsd() == null ? "0" : total.costUsd().setScale(4, java.math.RoundingMode.HALF_UP)
                .toPlainString()) + " in " + total.calls() + " model call(s)");
        message.set("");
    }

    void onEvent(ExecutionEventView event) {
        Instant at = parse(event.at());
        switch (event.type()) {
            case "task.received" -> {
                if (event.taskId() != null) {
                    inFlightTasks.add(event.taskId());
                }
                update(at, MinuteStats::received);
            }
            case "task.completed", "task.failed" -> {
                if (event.taskId() != null) {
                    inFlightTasks.remove(event.taskId());
                }
                long duration = event.data() != null && event.data().get("durationMs") instanceof JsonNumber n
                        ? n.longValue() : 0;
                boolean failed = "task.failed".equals(event.type());
                update(at, m -> m.ended(failed, duration));
                if (!clock.instant().isBefore(lastRefresh.plus(REFRESH_EVERY))) {
                    refresh(); // circuits and health change as tasks fail and succeed
                }
            }
            default -> {
                return;
            }
        }
        inFlight.set(inFlightTasks.size());
    }

    private void update(Instant at, java.util.function.UnaryOperator<MinuteStats> change) {
        Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
        int index = -1;
        for (int i = minutes.size() - 1; i >= 0; i--) {
            if (minutes.get(i).minute().equals(minute)) {
                index = i;
                break;
            }
        }
        if (index >= 0) {
            minutes.set(index, change.apply(minutes.get(index)));
        } else {
            int position = 0;
            while (position < minutes.size() && minutes.get(position).minute().isBefore(minute)) {
                position++;
            }
            minutes.add(position, change.apply(MinuteStats.empty(minute)));
        }
        Instant oldest = minutes.get(minutes.size() - 1).minute().minus(WINDOW_MINUTES - 1, ChronoUnit.MINUTES);
        minutes.removeIf(m -> m.minute().isBefore(oldest));
    }

    private Instant parse(String at) {
        try {
            return at == null ? clock.instant() : Instant.parse(at);
        } catch (DateTimeParseException e) {
            return clock.instant();
        }
    }

    public ObservableList<AgentTile> agents() {
        return agents;
    }

    public ObservableList<MinuteStats> minutes() {
        return minutes;
    }

    public IntegerProperty inFlightProperty() {
        return inFlight;
    }

    public StringProperty tokensTodayProperty() {
        return tokensToday;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty connectionProperty() {
        return feed.statusProperty();
    }
}
