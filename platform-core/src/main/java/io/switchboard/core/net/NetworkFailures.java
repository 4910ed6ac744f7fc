package io.switchboard.core.net;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;

/**
 * Why a network call failed, in words for the caller's error message: what happened, never a Java class name
 * (those tell an attacker about the server and a user nothing).
 */
public final class NetworkFailures {

    private NetworkFailures() {
    }

    public static String describe(IOException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof ConnectException)) {
            root = root.getCause();
        }
        if (e instanceof HttpConnectTimeoutException) {
            return "the connection timed out";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        if (root instanceof ConnectException || e instanceof ConnectException) {
            return "the connection was refused or could not be made";
        }
        if (root instanceof UnknownHostException) {
            return "unknown host" + (root.getMessage() == null ? "" : " " + root.getMessage());
        }
        if (root instanceof NoRouteToHostException) {
            return "no route to the host";
        }
        if (root instanceof SSLException) {
            return "the TLS handshake failed";
        }
        String message = root.getMessage() == null ? e.getMessage() : root.getMessage();
        return message == null || message.isBlank() ? "an I/O error" : message.lines().findFirst().orElse(message);
    }
}
