package io.switchboard.orchestration.event;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.event.ExecutionEventView;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.core.event.EventFilter;
import io.switchboard.core.event.ExecutionLog;
import io.switchboard.core.event.LoggedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;

/** Reads the execution log for the API. */
@ApplicationScoped
public class ExecutionEvents {

    @Inject
    ExecutionLog log;

    /** The events of a task, oldest first; 404 when it has none. */
    public List<ExecutionEventView> ofTask(String taskId) {
        List<ExecutionEventView> events = log.ofTask(taskId).stream().map(ExecutionEvents::view).toList();
        if (events.isEmpty()) {
            throw PlatformException.notFound("task-events-not-found", "No events are logged for task '" + taskId + "'");
        }
        return events;
    }

    /** Settled events after the given id that pass the filter, oldest first. */
    public List<ExecutionEventView> after(long afterId, EventFilter filter, int limit) {
        return log.after(afterId, filter, limit).stream().map(ExecutionEvents::view).toList();
    }

    /** Where a stream without Last-Event-ID starts: after the newest event. */
    public long lastId() {
        return log.lastId();
    }

    static ExecutionEventView view(LoggedEvent e) {
        JsonObject data;
        try (JsonReader reader = Jsonp.JSON.createReader(new StringReader(e.data()))) {
            data = reader.readObject();
        }
        return new ExecutionEventView(e.id(), e.type(), e.taskId(), e.agent(),
                e.at() == null ? null : e.at().toInstant().toString(), data);
    }
}
