package io.switchboard.console.signin;

import io.switchboard.api.client.ApiCallException;
import io.switchboard.console.client.Connection;
import io.switchboard.console.client.HttpPlatformClient;
import io.switchboard.console.client.Session;
import io.switchboard.console.concurrent.SameThreadTasks;
import io.switchboard.console.settings.ConsoleSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class SignInViewModelTest {

    private final Preferences preferences = Preferences.userRoot().node("switchboard-test-" + UUID.randomUUID());
    private final ConsoleSettings settings = new ConsoleSettings(preferences);
    private final List<Connection> signedIn = new ArrayList<>();
    private final List<String> attempts = new ArrayList<>();

    @AfterEach
    void removePreferences() throws BackingStoreException {
        preferences.removeNode();
    }

    private SignInViewModel model(Connection.Connector connector) {
        return new SignInViewModel(new SameThreadTasks(), settings, (server, user, password) -> {
            attempts.add(server + " " + user);
            return connector.connect(server, user, password);
        }, signedIn::add);
    }

    private static Connection as(Set<String> roles) {
        return new Connection(new Session("http://h:1", "ann", "t", roles, Instant.MAX), new HttpPlatformClient("http://h:1"));
    }

    @Test
    void aSuccessfulSignInRemembersServerAndUserButNeverThePassword() {
        SignInViewModel model = model((s, u, p) -> as(Set.of("operator")));
        model.serverProperty().set(" localhost:9080/ ");
        model.userProperty().set("ann");
        model.passwordProperty().set("secret");
        assertThat(model.canSignIn().get()).isTrue();

        model.signIn();

        assertThat(attempts).containsExactly("http://localhost:9080 ann");
        assertThat(signedIn).hasSize(1);
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(settings.lastServer()).isEqualTo("http://localhost:9080");
        assertThat(settings.lastUser()).isEqualTo("ann");
        assertThat(keys()).doesNotContain("secret");
        assertThat(new SignInViewModel(new SameThreadTasks(), settings, (s, u, p) -> null, c -> { })
                .serverProperty().get()).isEqualTo("http://localhost:9080");
    }

    @Test
    void eachFailureIsExplainedInPlainWords() {
        assertThat(failure(new ApiCallException(401, null, "x"))).isEqualTo("Wrong user name or password.");
        assertThat(failure(ApiCallException.unreachable("http://h:1", new IOException("refused"))))
                .startsWith("Cannot reach the server at http://localhost:9080");
        assertThat(failure(new ApiCallException(429, null, "slow down"))).startsWith("Too many attempts");
        assertThat(failure(new ApiCallException(404, null, "x"))).contains("No Switchboard server");
        assertThat(signedIn).isEmpty();
        assertThat(settings.lastUser()).isEqualTo("admin");
    }

    @Test
    void aUserWithoutAConsoleRoleIsTurnedAway() {
        SignInViewModel model = filled(model((s, u, p) -> as(Set.of("agent"))));
        model.signIn();
        assertThat(signedIn).isEmpty();
        assertThat(model.messageProperty().get()).contains("agent").contains("cannot use the console");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aBadAddressIsRefusedBeforeAnyCall() {
        SignInViewModel model = filled(model((s, u, p) -> as(Set.of("admin"))));
        model.serverProperty().set("ftp://example.org");
        model.signIn();
        assertThat(attempts).isEmpty();
        assertThat(model.messageProperty().get()).contains("http:// or https://");
    }

    @Test
    void anEmptyFieldDisablesSignIn() {
        SignInViewModel model = filled(model((s, u, p) -> as(Set.of("admin"))));
        model.passwordProperty().set("");
        assertThat(model.canSignIn().get()).isFalse();
        model.expired();
        assertThat(model.messageProperty().get()).contains("expired");
    }

    private String failure(ApiCallException e) {
        SignInViewModel model = filled(model((s, u, p) -> {
            throw e;
        }));
        model.signIn();
        assertThat(model.busyProperty().get()).isFalse();
        return model.messageProperty().get();
    }

    private static SignInViewModel filled(SignInViewModel model) {
        model.serverProperty().set("http://localhost:9080");
        model.userProperty().set("ann");
        model.passwordProperty().set("pw");
        return model;
    }

    private List<String> keys() {
        try {
            List<String> all = new ArrayList<>(List.of(preferences.keys()));
            for (String key : preferences.keys()) {
                all.add(preferences.get(key, ""));
            }
            return all;
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
