package io.switchboard.console.signin;

import io.switchboard.api.client.ApiCallException;
import io.switchboard.console.client.Connection;
import io.switchboard.console.client.ServerAddress;
import io.switchboard.console.concurrent.BackgroundTasks;
import io.switchboard.console.settings.ConsoleSettings;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.function.Consumer;

/**
 * Signs a user in. Remembers the server and user on success (never the password); says in plain words why a
 * sign-in failed: unreachable server, wrong password, too many attempts, or a role that cannot use the console.
 */
public final class SignInViewModel {

    private final BackgroundTasks tasks;
    private final ConsoleSettings settings;
    private final Connection.Connector connector;
    private final Consumer<Connection> onSignedIn;

    private final StringProperty server = new SimpleStringProperty();
    private final StringProperty user = new SimpleStringProperty();
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SignInViewModel(BackgroundTasks tasks, ConsoleSettings settings, Connection.Connector connector,
                           Consumer<Connection> onSignedIn) {
        this.tasks = tasks;
        this.settings = settings;
        this.connector = connector;
        this.onSignedIn = onSignedIn;
        server.set(settings.lastServer());
        user.set(settings.lastUser());
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** False while signing in or while a field is empty. */
    public BooleanBinding canSignIn() {
        return Bindings.createBooleanBinding(() -> !busy.get() && filled(server.get()) && filled(user.get())
                && filled(password.get()), busy, server, user, password);
    }

    /** Shown when a token expired: sign in again, with the same server and user. */
    public void expired() {
        password.set("");
        message.set("Your session expired: sign in again.");
    }

    public void signIn() {
        String address;
        try {
            address = ServerAddress.normalise(server.get());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        String name = user.get() == null ? "" : user.get().strip();
        String secret = password.get();
        busy.set(true);
        message.set("Signing in to " + address + " …");
        tasks.run(() -> connector.connect(address, name, secret), connection -> {
            busy.set(false);
            if (!connection.session().canUseConsole()) {
                message.set("User '" + name + "' has the role(s) " + String.join(", ", connection.session().roles())
                        + ", which cannot use the console: it needs admin, operator or viewer.");
                return;
            }
            settings.remember(address, name);
            password.set("");
            message.set("");
            onSignedIn.accept(connection);
        }, failure -> {
            busy.set(false);
            message.set(explain(address, failure));
        });
    }

    static String explain(String address, Throwable failure) {
        if (failure instanceof ApiCallException e) {
            if (e.unreachable()) {
                return "Cannot reach the server at " + address + ": is it running, and is the address right?";
            }
            return switch (e.status()) {
                case 401 -> "Wrong user name or password.";
                case 403 -> "This user may not sign in.";
                case 429 -> "Too many attempts: wait a moment and try again.";
                case 404 -> "No Switchboard server answers at " + address + " (404).";
                default -> "The server refused the sign-in: " + e.getMessage();
            };
        }
        return "Sign-in failed: " + failure.getMessage();
    }

    private static boolean filled(String value) {
        return value != null && !value.isBlank();
    }
}
