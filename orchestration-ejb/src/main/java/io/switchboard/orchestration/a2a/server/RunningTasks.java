package io.switchboard.orchestration.a2a.server;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The tasks this server is executing right now, so cancel and resubscribe reach them. */
@ApplicationScoped
public class RunningTasks {

    private final Map<String, RunningTask> byId = new ConcurrentHashMap<>();

    void add(RunningTask task) {
        byId.put(task.taskId(), task);
    }

    void remove(RunningTask task) {
        byId.remove(task.taskId(), task);
    }

    Optional<RunningTask> get(String taskId) {
        return Optional.ofNullable(byId.get(taskId));
    }

    public int count() {
        return byId.size();
    }
}
