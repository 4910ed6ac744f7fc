package io.switchboard.it;

import io.switchboard.testing.liberty.LibertyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits on a server of its own with small limits (5 requests/s per principal, 10 per anonymous
 * address): a burst as one user gets 429 problems with Retry-After on the REST API and JSON-RPC errors on A2A,
 * health is never limited, and a second later the user gets through again; a burst without a token (agent cards)
 * is limited per address.
 */
class RateLimitIT {

    private static final String PASSWORD = "rate-limit-admin-password";
    private static LibertyServer server;
    private static String token;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = LibertyServer.freshCopy("e2e-ratelimit", Integer.getInteger("it.port.ratelimit", 19091),
                Map.of("SWITCHBOARD_ADMIN_PASSWORD", PASSWORD, "SWITCHBOARD_RATELIMIT_PER_PRINCIPAL", "5",
                        "SWITCHBOARD_RATELIMIT_PER_ADDRESS", "10",
                        "SWITCHBOARD_HTTP_TRUSTED_PROXIES", "127\\.0\\.0\\.1")); // as if behind a local proxy
        server.start();
        token = new Api(server.baseUrl()).token("admin", PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aBurstAsOneUserIsRefusedWith429AndRetryAfterThenLetThroughAgain() throws Exception {
        long started = System.nanoTime();
        List<HttpResponse<String>> replies = burst(60, () -> get("/api/agents", token));
        long seconds = (System.nanoTime() - started) / 1_000_000_000L + 1;
        List<HttpResponse<String>> refused = replies.stream().filter(r -> r.statusCode() == 429).toList();

        assertThat(replies).allMatch(r -> r.statusCode() == 200 || r.statusCode() == 429);
        assertThat(refused).as("60 requests at once against 5 per second").isNotEmpty();
        assertThat(replies.size() - refused.size()).as("at most 5 per started second").isBetween(1,
                (int) (5 * (seconds + 1)));
        HttpResponse<String> one = refused.get(0);
        assertThat(one.headers().firstValue("Retry-After").map(Integer::parseInt).orElse(0)).isBetween(1, 60);
        assertThat(one.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(one.body()).contains("\"status\":429").contains("rate-limited");

        assertThat(burst(30, () -> get("/health/ready", null))).allMatch(r -> r.statusCode() == 200);

        Thread.sleep(1500);
        assertThat(get("/api/agents", token).statusCode()).isEqualTo(200);
    }

    @Test
    void onA2aTheRefusalIsAJsonRpcError() throws Exception {
        Thread.sleep(1100);
        String send = """
                {"jsonrpc":"2.0","id":7,"method":"message/send","params":{"message":{"kind":"message","messageId":"m1",
                 "role":"user","parts":[{"kind":"text","text":"hi"}]}}}""";
        List<HttpResponse<String>> replies = burst(60, () -> post("/a2a/agents/00000000-0000-4000-8000-000000000001", token, send));
        HttpResponse<String> refused = replies.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("\"jsonrpc\":\"2.0\"").contains("\"code\":-32000");
    }

    @Test
    void callersWithoutATokenAreLimitedPerAddress() throws Exception {
        Thread.sleep(1100);
        String card = "/a2a/agents/00000000-0000-4000-8000-000000000001/.well-known/agent-card.json";
        List<HttpResponse<String>> replies = burst(40, () -> get(card, null));
        List<HttpResponse<String>> refused = replies.stream().filter(r -> r.statusCode() == 429).toList();
        assertThat(replies).allMatch(r -> r.statusCode() == 200 || r.statusCode() == 429);
        assertThat(refused).as("40 anonymous requests against 10 per second").isNotEmpty();
        assertThat(refused.get(0).headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.get(0).headers().firstValue("Retry-After")).isPresent();
        assertThat(get("/api/agents", token).statusCode()).as("a signed-in caller counts per principal").isEqualTo(200);
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnLimitAndIsAuditedByItsAddress() throws Exception {
        Thread.sleep(1100);
        String card = "/a2a/agents/00000000-0000-4000-8000-000000000001/.well-known/agent-card.json";
        java.util.concurrent.atomic.AtomicInteger client = new java.util.concurrent.atomic.AtomicInteger();
        List<HttpResponse<String>> replies = burst(40, () -> http.send(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + card)).header("X-Forwarded-For", "203.0.113." + client.incrementAndGet())
                .GET().build(), HttpResponse.BodyHandlers.ofString()));
        assertThat(replies).as("40 clients behind the proxy, one request each, against 10 per second and address")
                .allMatch(r -> r.statusCode() == 200);

        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                        + "/api/auth/token")).header("Content-Type", "application/json")
                .header("X-Forwarded-For", "198.51.100.23").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"proxied-stranger\",\"password\":\"wrong\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
        String audit = get("/api/audit?action=auth.sign-in&actor=proxied-stranger", token).body();
        assertThat(audit).contains("\"clientAddress\":\"198.51.100.23\"");
    }

    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private static List<HttpResponse<String>> burst(int count, Call call) {
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return call.send();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        return calls.stream().map(CompletableFuture::join).toList();
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String bearer, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
