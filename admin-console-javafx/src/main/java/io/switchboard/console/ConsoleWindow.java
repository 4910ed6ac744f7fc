package io.switchboard.console;

import io.switchboard.console.client.Connection;
import io.switchboard.console.concurrent.BackgroundTasks;
import io.switchboard.console.knowledge.FilePicker;
import io.switchboard.console.settings.ConsoleSettings;
import io.switchboard.console.shell.MainView;
import io.switchboard.console.signin.SignInView;
import io.switchboard.console.signin.SignInViewModel;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The console's one window: the sign-in screen until a user signs in, then the main view; back to sign-in on
 * sign-out or when the server refuses the token (expired), keeping the server and user.
 */
public final class ConsoleWindow {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private final Scene scene;
    private final BackgroundTasks tasks;
    private final SignInViewModel signIn;
    private final FilePicker files;
    private MainView main;

    public ConsoleWindow(Stage stage, BackgroundTasks tasks, ConsoleSettings settings, Connection.Connector connector) {
        this(stage, tasks, settings, connector, FilePicker.dialog());
    }

    /** With a file picker of the caller's (tests choose files without a dialog). */
    public ConsoleWindow(Stage stage, BackgroundTasks tasks, ConsoleSettings settings, Connection.Connector connector,
                         FilePicker files) {
        this.tasks = tasks;
        this.files = files;
        this.signIn = new SignInViewModel(tasks, settings, connector, this::signedIn);
        this.scene = new Scene(new StackPane(), WIDTH, HEIGHT);
        scene.getStylesheets().add(ConsoleWindow.class.getResource("console.css").toExternalForm());
        stage.setTitle("Switchboard admin console");
        stage.setScene(scene);
        showSignIn();
    }

    private void showSignIn() {
        dispose();
        scene.setRoot(new SignInView(signIn));
    }

    private void signedIn(Connection connection) {
        connection.client().onUnauthorized(() -> Platform.runLater(() -> {
            if (main != null) {
                signIn.expired();
                showSignIn();
            }
        }));
        main = new MainView(connection, tasks, files, this::showSignIn);
        scene.setRoot(main);
    }

    /** Closes the live streams of the signed-in view, if any. */
    public void dispose() {
        if (main != null) {
            main.dispose();
            main = null;
        }
    }
}
