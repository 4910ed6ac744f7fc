package io.switchboard.console.concurrent;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** Background work on virtual threads, results delivered with {@link Platform#runLater}. */
public final class FxBackgroundTasks implements BackgroundTasks, AutoCloseable {

    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("console-task-", 0).factory());

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                Platform.runLater(() -> onFailure.accept(e));
                return;
            }
            Platform.runLater(() -> onSuccess.accept(result));
        });
    }

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public AutoCloseable every(java.time.Duration period, Runnable action) {
        javafx.animation.Timeline timeline = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.millis(period.toMillis()), e -> action.run()));
        timeline.setCycleCount(javafx.animation.Animation.INDEFINITE);
        onUi(timeline::play);
        return () -> onUi(timeline::stop);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
