package io.switchboard.console.concurrent;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Background work that waits until the test runs it: for what happens while a call is still in flight. */
public final class QueuedTasks implements BackgroundTasks {

    private final Deque<Runnable> queued = new ArrayDeque<>();
    private final SameThreadTasks now = new SameThreadTasks();
    public int started;

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        started++;
        queued.add(() -> now.run(work, onSuccess, onFailure));
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    @Override
    public AutoCloseable every(java.time.Duration period, Runnable action) {
        return now.every(period, action);
    }

    /** Runs what is queued, and what that queues, until nothing is left. */
    public void runAll() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }
}
