package io.switchboard.console.client;

/** A signed-in connection to one server: the session and the client that calls the API as its user. */
public record Connection(Session session, HttpPlatformClient client) {

    /** Signs in over HTTP; throws {@link io.switchboard.api.client.ApiCallException} when refused. */
    public static Connection open(String server, String user, String password) {
        HttpPlatformClient client = new HttpPlatformClient(server);
        return new Connection(client.signIn(user, password), client);
    }

    /** How the sign-in screen connects (a test gives its own). */
    @FunctionalInterface
    public interface Connector {
        Connection connect(String server, String user, String password);
    }
}
