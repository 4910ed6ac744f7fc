package io.switchboard.web.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

class RequestRateLimitsTest {

    @Test
    void eachKeyHasItsOwnPermitsPerSecondAndTheRestAreToldWhenToComeBack() {
        RequestRateLimits limits = new RequestRateLimits(3);
        for (int i = 0; i < 3; i++) {
            assertThat(limits.acquire("principal:ann")).isZero();
        }
        int wait = limits.acquire("principal:ann");
        assertThat(wait).isBetween(1, 60);
        assertThat(limits.acquire("principal:bob")).as("another principal").isZero();
    }

    @Test
    void zeroMeansUnlimited() {
        RequestRateLimits limits = new RequestRateLimits(0);
        assertThat(limits.unlimited()).isTrue();
        for (int i = 0; i < 1000; i++) {
            assertThat(limits.acquire("address:10.0.0.1")).isZero();
        }
    }

    @Test
    void theRefusalIsAProblemOnTheApiAndAJsonRpcErrorOnA2a() {
        RateLimitFilter.Refusal api = RateLimitFilter.refusal("api/agents", false, 2);
        assertThat(api.mediaType()).isEqualTo("application/problem+json");
        JsonObject problem = json(api);
        assertThat(problem.getString("detail")).contains("after 2 s");
        assertThat(problem.getString("type")).isEqualTo("urn:switchboard:problem:rate-limited");
        assertThat(problem.getString("instance")).isEqualTo("/api/agents");

        RateLimitFilter.Refusal a2a = RateLimitFilter.refusal("/a2a/agents/x", true, 1);
        assertThat(a2a.mediaType()).isEqualTo("application/json");
        JsonObject error = json(a2a);
        assertThat(error.getString("jsonrpc")).isEqualTo("2.0");
        assertThat(error.isNull("id")).isTrue();
        assertThat(error.getJsonObject("error").getInt("code")).isEqualTo(RateLimitFilter.RATE_LIMITED);
    }

    private static JsonObject json(RateLimitFilter.Refusal refusal) {
        return Json.createReader(new StringReader(refusal.body())).readObject();
    }
}
