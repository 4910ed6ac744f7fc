package io.switchboard.console.traffic;

import io.switchboard.api.event.ExecutionEventView;
import io.switchboard.console.client.RecordingEvents;
import io.switchboard.console.concurrent.SameThreadTasks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrafficViewModelTest {

    private final RecordingEvents events = new RecordingEvents();
    private final TrafficViewModel model = new TrafficViewModel(events, new SameThreadTasks());

    @Test
    void eventsShowNewestFirstFilteredByTypeAgentOrTask() {
        model.start();
        events.emit("task.received", "t1", "echo", "2026-12-02T10:00:01Z", null);
        events.emit("a2a.call", "t1", "echo", "2026-12-02T10:00:02Z", null);
        events.emit("tool.call", "t2", "tool", "2026-12-02T10:00:03Z", null);

        assertThat(model.shown()).extracting(ExecutionEventView::type).containsExactly("tool.call", "a2a.call",
                "task.received");
        model.filterProperty().set("A2A.");
        assertThat(model.shown()).extracting(ExecutionEventView::type).containsExactly("a2a.call");
        model.filterProperty().set("t2");
        assertThat(model.shown()).extracting(ExecutionEventView::type).containsExactly("tool.call");
        assertThat(TrafficViewModel.describe(model.shown().get(0))).isEqualTo("10:00:03  tool.call  agent=tool  task=t2");
    }

    @Test
    void pausingHoldsTheListAndOnlyTheNewestAreKept() {
        model.start();
        model.pausedProperty().set(true);
        events.emit("a2a.call", "t1");
        assertThat(model.shown()).isEmpty();
        events.emit("a2a.reply", "t1");
        assertThat(model.missedProperty().get()).isEqualTo(2);
        model.pausedProperty().set(false);
        assertThat(model.missed()).isZero();
        for (int i = 0; i < TrafficViewModel.KEEP + 20; i++) {
            events.emit("a2a.call", "t" + i);
        }
        assertThat(model.shown()).hasSize(TrafficViewModel.KEEP);
        assertThat(model.shown().get(0).taskId()).isEqualTo("t" + (TrafficViewModel.KEEP + 19));
    }
}
