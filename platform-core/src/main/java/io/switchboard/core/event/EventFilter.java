package io.switchboard.core.event;

/** Which events a reader wants: by agent, task, and type (exact, or a prefix ending in '.', e.g. "task."); null = any. */
public record EventFilter(String agent, String task, String type) {

    public static final EventFilter ALL = new EventFilter(null, null, null);
}
