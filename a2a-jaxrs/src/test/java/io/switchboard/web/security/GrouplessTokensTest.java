package io.switchboard.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class GrouplessTokensTest {

    private static String token(String payload) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return "Bearer " + b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".sig";
    }

    @Test
    void aPayloadWithoutGroupsIsGroupless() {
        assertThat(GrouplessTokens.isGroupless(token("{\"sub\":\"admin\"}"))).isTrue();
        assertThat(GrouplessTokens.isGroupless(token("{\"sub\":\"admin\",\"groups\":[\"admin\"]}"))).isFalse();
    }

    @Test
    void anythingElseIsLeftToMicroProfileJwt() {
        assertThat(GrouplessTokens.isGroupless(null)).isFalse();
        assertThat(GrouplessTokens.isGroupless("Basic abc")).isFalse();
        assertThat(GrouplessTokens.isGroupless("Bearer not-a-jwt")).isFalse();
        assertThat(GrouplessTokens.isGroupless("Bearer a.!!!.c")).isFalse();
        assertThat(GrouplessTokens.isGroupless(token("[1,2]"))).isFalse();
    }
}
