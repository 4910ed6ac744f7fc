package io.switchboard.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Network failures in words: what happened, found along the cause chain, and never a class name. */
class NetworkFailuresTest {

    @Test
    void eachKindOfFailureIsNamedInWords() {
        assertThat(NetworkFailures.describe(new HttpConnectTimeoutException("HTTP connect timed out")))
                .isEqualTo("the connection timed out");
        assertThat(NetworkFailures.describe(new HttpTimeoutException("request timed out")))
                .isEqualTo("no answer in time");
        assertThat(NetworkFailures.describe(new IOException(new ConnectException())))
                .isEqualTo("the connection was refused or could not be made");
        assertThat(NetworkFailures.describe(new IOException("wrapped", new UnknownHostException("mcp.invalid"))))
                .isEqualTo("unknown host mcp.invalid");
        assertThat(NetworkFailures.describe(new IOException(new NoRouteToHostException("x"))))
                .isEqualTo("no route to the host");
        assertThat(NetworkFailures.describe(new IOException(new SSLHandshakeException("PKIX path building failed"))))
                .isEqualTo("the TLS handshake failed");
    }

    @Test
    void otherwiseTheFirstLineOfTheDeepestMessageWithoutAClassName() {
        IOException nested = new IOException(new IOException("stream closed\n\tat somewhere"));
        assertThat(NetworkFailures.describe(nested)).isEqualTo("stream closed");
        assertThat(NetworkFailures.describe(new IOException())).isEqualTo("an I/O error");
        assertThat(NetworkFailures.describe(new IOException(new ConnectException("Connection refused"))))
                .doesNotContain("ConnectException").doesNotContain("java.");
    }
}
