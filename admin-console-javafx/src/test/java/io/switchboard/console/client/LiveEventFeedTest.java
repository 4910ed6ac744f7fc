package io.switchboard.console.client;

import io.switchboard.console.concurrent.SameThreadTasks;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LiveEventFeedTest {

    private final RecordingEvents events = new RecordingEvents();
    private final List<Long> delivered = new ArrayList<>();
    private int connections;
    private final LiveEventFeed feed = new LiveEventFeed(events, new SameThreadTasks(), "run-7",
            e -> delivered.add(e.id()), () -> connections++);

    @Test
    void aDroppedStreamReconnectsAfterTheLastEventDelivered() {
        feed.start();
        events.emit("node.completed", "run-7");
        events.emit("node.completed", "run-7");
        assertThat(feed.liveProperty().get()).isTrue();

        events.fail(new IOException("reset"));

        assertThat(events.subscriptions).containsExactly("run-7@-1", "run-7@2");
        assertThat(events.closed).isEqualTo(1);
        assertThat(connections).isEqualTo(2);
        assertThat(feed.statusProperty().get()).isEqualTo("live");
        events.emit("run.completed", "run-7");
        assertThat(delivered).containsExactly(1L, 2L, 3L);
    }

    @Test
    void stoppingClosesTheStreamAndLateEventsAreIgnored() {
        feed.start();
        feed.start(); // a second start changes nothing
        feed.stop();

        events.emit("node.completed", "run-7");
        events.fail(new IOException("late"));

        assertThat(events.subscriptions).hasSize(1);
        assertThat(events.closed).isEqualTo(1);
        assertThat(delivered).isEmpty();
        assertThat(feed.liveProperty().get()).isFalse();
        assertThat(feed.statusProperty().get()).isEqualTo("not connected");
    }
}
