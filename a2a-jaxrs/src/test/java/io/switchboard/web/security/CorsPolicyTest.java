package io.switchboard.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorsPolicyTest {

    @Test
    void closedByDefaultNoOriginGetsAnyHeader() {
        CorsPolicy policy = CorsPolicy.of("");
        assertThat(policy.closed()).isTrue();
        assertThat(policy.responseHeaders("https://evil.example", true)).isEmpty();
        assertThat(CorsPolicy.of(null).closed()).isTrue();
    }

    @Test
    void aWildcardIsIgnoredSoItCannotOpenTheApiToEveryone() {
        CorsPolicy policy = CorsPolicy.of("*");
        assertThat(policy.closed()).isTrue();
        assertThat(policy.allows("https://evil.example")).isFalse();
    }

    @Test
    void listedOriginsGetTheirOriginBackAndPreflightsTheMethodsAndHeaders() {
        CorsPolicy policy = CorsPolicy.of(" https://console.example.com/ , http://localhost:3000");
        assertThat(policy.allows("HTTPS://console.example.com")).isTrue();
        assertThat(policy.allows("https://console.example.com.evil.example")).isFalse();
        assertThat(policy.allows("http://localhost:3001")).isFalse();

        assertThat(policy.responseHeaders("https://console.example.com", true))
                .containsEntry("Access-Control-Allow-Origin", "https://console.example.com")
                .containsEntry("Vary", "Origin")
                .containsEntry("Access-Control-Allow-Methods", CorsPolicy.ALLOWED_METHODS)
                .containsKey("Access-Control-Allow-Headers")
                .doesNotContainKey("Access-Control-Allow-Credentials");
        assertThat(policy.responseHeaders("http://localhost:3000", false))
                .containsEntry("Access-Control-Expose-Headers", CorsPolicy.EXPOSED_HEADERS)
                .doesNotContainKey("Access-Control-Allow-Methods");
        assertThat(policy.responseHeaders("https://evil.example", false)).isEmpty();
    }
}
