package io.switchboard.console;

import javafx.application.Application;

/**
 * The console's main class. A separate class from the {@link javafx.application.Application} subclass, so that
 * the console starts from a plain class path ("JavaFX runtime components are missing" otherwise).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(ConsoleApp.class, args);
    }
}
