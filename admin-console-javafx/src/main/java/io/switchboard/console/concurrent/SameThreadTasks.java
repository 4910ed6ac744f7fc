package io.switchboard.console.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs everything at once on the calling thread: for view-model tests, where the caller is the "UI thread".
 * Periodic actions run when the test calls {@link #tick()}.
 */
public final class SameThreadTasks implements BackgroundTasks {

    private final java.util.List<Runnable> periodic = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }

    @Override
    public AutoCloseable every(java.time.Duration period, Runnable action) {
        Runnable handle = action::run;
        periodic.add(handle);
        return () -> periodic.remove(handle);
    }

    /** One period has passed: runs every periodic action not closed. */
    public void tick() {
        periodic.forEach(Runnable::run);
    }

    /** How many periodic actions are scheduled. */
    public int periodicCount() {
        return periodic.size();
    }
}
