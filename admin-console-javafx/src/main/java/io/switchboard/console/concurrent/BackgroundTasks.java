package io.switchboard.console.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs blocking work in the background and reports back on the UI thread. */
public interface BackgroundTasks {

    /** Runs {@code work} off the UI thread; {@code onSuccess} or {@code onFailure} then runs on the UI thread. */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread (at once if already on it); for callbacks of background streams. */
    void onUi(Runnable action);

    /** Runs {@code action} on the UI thread every {@code period} until the returned handle is closed. */
    AutoCloseable every(java.time.Duration period, Runnable action);
}
