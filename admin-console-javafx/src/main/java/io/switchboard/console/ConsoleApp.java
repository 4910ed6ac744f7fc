package io.switchboard.console;

import io.switchboard.console.client.Connection;
import io.switchboard.console.concurrent.FxBackgroundTasks;
import io.switchboard.console.settings.ConsoleSettings;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one {@link ConsoleWindow} signing in over HTTP. */
public final class ConsoleApp extends Application {

    private final FxBackgroundTasks tasks = new FxBackgroundTasks();
    private ConsoleWindow window;

    @Override
    public void start(Stage stage) {
        window = new ConsoleWindow(stage, tasks, ConsoleSettings.forUser(), Connection::open);
        stage.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
        tasks.close();
    }
}
