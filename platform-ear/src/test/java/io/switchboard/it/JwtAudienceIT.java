package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testing.liberty.LibertyServer;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server of its own that requires an audience ({@code MP_JWT_VERIFY_AUDIENCES}): the tokens it issues carry
 * it and are accepted; a token signed with its own key but without the audience, or for another one, is a
 * 401 problem like every other refused token.
 */
class JwtAudienceIT {

    private static final String PASSWORD = "audience-admin-password";
    private static LibertyServer server;
    private static Api api;

    @BeforeAll
    static void start() {
        server = LibertyServer.freshCopy("e2e-audience", Integer.getInteger("it.port.audience", 19094),
                Map.of("SWITCHBOARD_ADMIN_PASSWORD", PASSWORD, "MP_JWT_VERIFY_AUDIENCES", "switchboard-api"));
        server.start();
        api = new Api(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void onlyTokensForTheConfiguredAudienceAreAccepted() {
        String issued = api.token("admin", PASSWORD);
        assertThat(api.get("/api/status", issued).status()).as("the server's own token names the audience")
                .isEqualTo(200);
        assertThat(api.get("/api/status", ServerTokens.forRole(server, "ann", "admin", List.of("switchboard-api")))
                .status()).isEqualTo(200);

        for (List<String> audiences : java.util.Arrays.asList(null, List.of("another-api"), List.<String>of())) {
            Api.Reply refused = api.get("/api/status", ServerTokens.forRole(server, "ann", "admin", audiences));
            assertThat(refused.status()).as("audience %s", audiences).isEqualTo(401);
            assertThat(refused.isProblem()).isTrue();
        }
    }
}
