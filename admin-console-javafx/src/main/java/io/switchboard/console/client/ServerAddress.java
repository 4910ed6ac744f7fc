package io.switchboard.console.client;

import java.net.URI;

/** The server URL a user typed, checked and normalised: http(s), a host, no trailing slash. */
public final class ServerAddress {

    private ServerAddress() {
    }

    /** @throws IllegalArgumentException with a message for the sign-in screen */
    public static String normalise(String typed) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("Enter the server's address, e.g. http://localhost:9080");
        }
        if (!value.contains("://")) {
            value = "http://" + value;
        }
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + typed + "' is not a server address");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("The server address must start with http:// or https://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("'" + typed + "' has no host name");
        }
        while (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        return value;
    }
}
