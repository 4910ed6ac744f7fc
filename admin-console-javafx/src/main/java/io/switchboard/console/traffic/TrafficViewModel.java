package io.switchboard.console.traffic;

import io.switchboard.api.client.EventsApi;
import io.switchboard.api.event.ExecutionEventView;
import io.switchboard.console.client.LiveEventFeed;
import io.switchboard.console.concurrent.BackgroundTasks;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.Locale;

/**
 * Every event of the execution log as it happens, newest first (the last {@link #KEEP} kept), filtered by a
 * text matched against type, agent and task; pausing keeps the list still while events keep arriving.
 */
public final class TrafficViewModel {

    static final int KEEP = 500;

    private final LiveEventFeed feed;
    private final ObservableList<ExecutionEventView> events = FXCollections.observableArrayList();
    private final FilteredList<ExecutionEventView> shown = new FilteredList<>(events);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final javafx.beans.property.IntegerProperty missed = new javafx.beans.property.SimpleIntegerProperty();

    public TrafficViewModel(EventsApi api, BackgroundTasks tasks) {
        feed = new LiveEventFeed(api, tasks, null, this::arrived, () -> { });
        filter.addListener((o, was, now) -> shown.setPredicate(matching(now)));
        paused.addListener((o, was, now) -> {
            if (!now) {
                missed.set(0);
            }
        });
    }

    public void start() {
        feed.start();
    }

    public void stop() {
        feed.stop();
    }

    void arrived(ExecutionEventView event) {
        if (paused.get()) {
            missed.set(missed.get() + 1);
            return;
        }
        events.add(0, event);
        if (events.size() > KEEP) {
            events.remove(KEEP, events.size());
        }
    }

    /** One line per event: time, type, agent, task and the details. */
    public static String describe(ExecutionEventView e) {
        String at = e.at() == null ? "" : e.at().length() > 19 ? e.at().substring(11, 19) : e.at();
        return at + "  " + e.type() + (e.agent() == null ? "" : "  agent=" + e.agent())
                + (e.taskId() == null ? "" : "  task=" + e.taskId())
                + (e.data() == null || e.data().isEmpty() ? "" : "  " + e.data());
    }

    private static java.util.function.Predicate<ExecutionEventView> matching(String text) {
        if (text == null || text.isBlank()) {
            return e -> true;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return e -> contains(e.type(), wanted) || contains(e.agent(), wanted) || contains(e.taskId(), wanted);
    }

    private static boolean contains(String value, String wanted) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
    }

    public ObservableList<ExecutionEventView> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public int missed() {
        return missed.get();
    }

    /** Events that arrived while paused (not shown); back to zero when resumed. */
    public javafx.beans.property.ReadOnlyIntegerProperty missedProperty() {
        return missed;
    }

    public ReadOnlyStringProperty connectionProperty() {
        return feed.statusProperty();
    }
}
