package io.switchboard.console.settings;

import java.util.prefs.Preferences;

/**
 * The last server and user, kept in the user's Java preferences. The password is never stored. The default
 * server comes from {@code -Dswitchboard.server} or {@code SWITCHBOARD_SERVER}, else {@code http://localhost:9080}.
 */
public final class ConsoleSettings {

    static final String SERVER = "server";
    static final String USER = "user";

    private final Preferences preferences;

    public ConsoleSettings(Preferences preferences) {
        this.preferences = preferences;
    }

    public static ConsoleSettings forUser() {
        return new ConsoleSettings(Preferences.userRoot().node("io/switchboard/console"));
    }

    public String lastServer() {
        return preferences.get(SERVER, defaultServer());
    }

    public String lastUser() {
        return preferences.get(USER, "admin");
    }

    public void remember(String server, String user) {
        preferences.put(SERVER, server);
        preferences.put(USER, user);
    }

    static String defaultServer() {
        String configured = System.getProperty("switchboard.server", System.getenv("SWITCHBOARD_SERVER"));
        return configured == null || configured.isBlank() ? "http://localhost:9080" : configured.strip();
    }
}
