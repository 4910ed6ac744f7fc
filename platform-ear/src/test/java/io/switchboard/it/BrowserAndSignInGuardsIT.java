package io.switchboard.it;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9's browser and password-guessing guards on a real server: CORS open only to the configured origin
 * (preflight answered without a token, errors readable by that origin, nothing for any other origin), and a user
 * name guessed ten times refused with 429 and Retry-After while other users still sign in.
 */
class BrowserAndSignInGuardsIT {

    private static final String CONSOLE = SharedPlatform.ALLOWED_ORIGIN;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base = SharedPlatform.server().baseUrl();

    @Test
    void aPreflightFromTheAllowedOriginIsAnsweredAndOneFromAnyOtherGetsNoCorsHeader() throws Exception {
        HttpResponse<String> allowed = send(preflight(CONSOLE));
        assertThat(allowed.statusCode()).isEqualTo(204);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(CONSOLE);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers").orElse("")).contains("Authorization");

        HttpResponse<String> evil = send(preflight("https://evil.example"));
        assertThat(evil.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(evil.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
    }

    @Test
    void answersIncludingErrorsCarryTheOriginOnlyForTheAllowedOne() throws Exception {
        HttpResponse<String> unauthorized = send(HttpRequest.newBuilder(URI.create(base + "/api/agents"))
                .header("Origin", CONSOLE).GET().build());
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(unauthorized.headers().firstValue("Access-Control-Allow-Origin")).contains(CONSOLE);

        HttpResponse<String> ok = send(HttpRequest.newBuilder(URI.create(base + "/api/status"))
                .header("Origin", CONSOLE).header("Authorization", "Bearer " + SharedPlatform.adminToken()).GET().build());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Access-Control-Allow-Origin")).contains(CONSOLE);
        assertThat(ok.headers().firstValue("Access-Control-Expose-Headers").orElse("")).contains("Retry-After");

        HttpResponse<String> other = send(HttpRequest.newBuilder(URI.create(base + "/api/status"))
                .header("Origin", "https://evil.example")
                .header("Authorization", "Bearer " + SharedPlatform.adminToken()).GET().build());
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aGuessedUserNameIsThrottledWithRetryAfterWhileOthersSignIn() throws Exception {
        String victim = "guessed-" + System.nanoTime();
        for (int i = 0; i < 10; i++) {
            assertThat(token(victim, "guess-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = token(victim, "guess-10");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After").map(Integer::parseInt).orElse(0)).isBetween(1, 300);
        assertThat(refused.body()).contains("Too many failed sign-ins").doesNotContain("Exception");

        assertThat(token("admin", SharedPlatform.ADMIN_PASSWORD).statusCode()).isEqualTo(200);

        // every attempt is in the admin audit, the throttled one newest
        java.util.List<jakarta.json.JsonObject> attempts = SharedPlatform.api().get("/api/audit?action=auth.sign-in"
                + "&actor=" + victim, SharedPlatform.adminToken()).structure().asJsonArray()
                .getValuesAs(jakarta.json.JsonObject.class);
        assertThat(attempts).hasSize(11);
        assertThat(attempts.get(0).getInt("status")).isEqualTo(429);
        assertThat(attempts.subList(1, 11)).allSatisfy(e -> assertThat(e.getInt("status")).isEqualTo(401));
        assertThat(attempts).allSatisfy(e -> assertThat(e.getString("outcome")).isEqualTo("refused"));
    }

    private HttpRequest preflight(String origin) {
        return HttpRequest.newBuilder(URI.create(base + "/api/execute-task"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type").build();
    }

    private HttpResponse<String> token(String user, String password) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + password
                        + "\"}")).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
