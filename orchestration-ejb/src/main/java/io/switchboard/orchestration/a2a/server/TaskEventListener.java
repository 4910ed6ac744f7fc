package io.switchboard.orchestration.a2a.server;

/**
 * Receives a task's events in order: the {@link io.switchboard.api.a2a.Task} snapshot first, then
 * {@link io.switchboard.api.a2a.TaskStatusUpdateEvent}s and {@link io.switchboard.api.a2a.TaskArtifactUpdateEvent}s;
 * the last one is a status update with {@code final} set. Must not throw.
 */
@FunctionalInterface
public interface TaskEventListener {

    void onEvent(Object event);
}
