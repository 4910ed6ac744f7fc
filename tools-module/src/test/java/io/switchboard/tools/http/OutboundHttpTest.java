package io.switchboard.tools.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.switchboard.tools.invoke.ToolFailure;
import io.switchboard.tools.invoke.TransientToolFailure;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundHttpTest {

    private static HttpServer server;
    private static String base;
    private static HttpServer other;
    private static int otherPort;
    private static final AtomicInteger metadataHits = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/headers", exchange -> reply(exchange, 200,
                "{\"authorization\":\"" + exchange.getRequestHeaders().getFirst("Authorization") + "\"}"));
        other.start();
        otherPort = other.getAddress().getPort();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hello", exchange -> reply(exchange, 200, "{\"greeting\":\"hi\"}"));
        server.createContext("/big", exchange -> reply(exchange, 200, "x".repeat(5000)));
        server.createContext("/broken", exchange -> reply(exchange, 503, "try later"));
        server.createContext("/to-hello", exchange -> redirect(exchange, "/hello"));
        server.createContext("/to-metadata", exchange -> redirect(exchange, "http://169.254.169.254/latest/meta-data/"));
        server.createContext("/to-localhost", exchange -> redirect(exchange, "http://localhost:" + server.getAddress().getPort() + "/hello"));
        server.createContext("/to-private", exchange -> redirect(exchange, "http://10.0.0.5/admin"));
        server.createContext("/loop", exchange -> redirect(exchange, "/loop"));
        server.createContext("/headers", exchange -> reply(exchange, 200,
                "{\"authorization\":\"" + exchange.getRequestHeaders().getFirst("Authorization") + "\"}"));
        server.createContext("/to-other-origin", exchange -> redirect(exchange,
                "http://127.0.0.1:" + otherPort + "/headers"));
        server.createContext("/to-same-origin", exchange -> redirect(exchange, "/headers"));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        other.stop(0);
        server.stop(0);
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private final OutboundHttp http = OutboundHttp.with(OutboundPolicy.allowing(List.of("127.0.0.1")), 1000, 3);

    private HttpReply get(String path) {
        return http.send("GET", base + path, Map.of(), null, null, Duration.ofSeconds(5));
    }

    @Test
    void callsAllowListedHostsAndFollowsCheckedRedirects() {
        HttpReply reply = get("/to-hello");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("greeting");
        assertThat(reply.url()).endsWith("/hello");
    }

    @Test
    void redirectsToInternalOrUnlistedHostsAreRefused() {
        assertThatThrownBy(() -> get("/to-metadata")).isInstanceOf(ToolFailure.class)
                .hasMessageContaining("Refused the redirect").hasMessageContaining("169.254.169.254");
        assertThatThrownBy(() -> get("/to-localhost")).hasMessageContaining("localhost is not allow-listed");
        assertThatThrownBy(() -> get("/to-private")).hasMessageContaining("10.0.0.5");
        assertThatThrownBy(() -> get("/loop")).hasMessageContaining("redirects");
        assertThat(metadataHits).hasValue(0);
    }

    @Test
    void credentialsAreNotCarriedToAnotherOrigin() {
        Map<String, String> auth = Map.of("Authorization", "Bearer s3cret");
        assertThat(http.send("GET", base + "/to-same-origin", auth, null, null, Duration.ofSeconds(5)).body())
                .contains("Bearer s3cret");
        assertThat(http.send("GET", base + "/to-other-origin", auth, null, null, Duration.ofSeconds(5)).body())
                .doesNotContain("s3cret").contains("\"authorization\":\"null\"");
    }

    @Test
    void responsesAreCutAtTheSizeLimitAnd5xxIsTransient() {
        HttpReply reply = get("/big");
        assertThat(reply.truncated()).isTrue();
        assertThat(reply.body()).hasSize(1000);
        assertThatThrownBy(() -> get("/broken")).isInstanceOf(TransientToolFailure.class).hasMessageContaining("503");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.2/", "http://localhost/", "http://10.1.2.3/", "http://169.254.169.254/latest/",
            "http://192.168.0.1/", "http://[::1]/", "http://0.0.0.0/", "file:///etc/passwd", "ftp://127.0.0.1/",
            "http://user:pw@127.0.0.1/", "gopher://127.0.0.1/"})
    void internalAndUnlistedTargetsAreRefusedBeforeAnyRequest(String url) {
        assertThat(OutboundPolicy.allowing(List.of("127.0.0.1")).refusal(url)).as(url).isNotNull();
    }

    @Test
    void withoutAnAllowListNothingIsCalled() {
        assertThat(OutboundPolicy.allowing(List.of()).refusal(base + "/hello")).contains("no hosts are allow-listed");
        assertThat(OutboundPolicy.allowing(List.of("api.example.com")).refusal("http://127.0.0.1:8080/"))
                .contains("127.0.0.1 is not allow-listed");
        assertThat(OutboundPolicy.allowing(List.of("localhost")).refusal("http://localhost/"))
                .as("a name resolving to loopback needs its address allow-listed too").contains("internal address");
        assertThat(OutboundPolicy.allowing(List.of("localhost", "127.0.0.0/8")).refusal("http://localhost/")).isNull();
    }
}
