package io.switchboard.it;

import io.switchboard.testing.liberty.LibertyServer;
import java.util.Map;

/**
 * One platform server shared by the A2A integration tests of this run (started on first use, stopped when
 * the test JVM exits), so each test class does not pay for a server start. Embedded database, a known admin
 * password.
 */
final class SharedPlatform {

    static final String ADMIN_PASSWORD = "shared-platform-admin-password";
    /** The one browser origin CORS lets in on this server. */
    static final String ALLOWED_ORIGIN = "https://console.example.com";
    private static LibertyServer server;

    private SharedPlatform() {
    }

    static synchronized LibertyServer server() {
        if (server == null) {
            LibertyServer started = LibertyServer.freshCopy("e2e-a2a", Integer.getInteger("it.port.a2a", 19083),
                    Map.of("SWITCHBOARD_ADMIN_PASSWORD", ADMIN_PASSWORD,
                            // the push-notification tests run their webhook on loopback
                            "SWITCHBOARD_A2A_PUSH_ALLOWED_HOSTS", "127.0.0.1",
                            "SWITCHBOARD_A2A_PUSH_BACKOFF", "PT0.2S",
                            // small enough for the knowledge tests to cross it cheaply
                            "SWITCHBOARD_RAG_MAX_DOCUMENT_BYTES", "2000000",
                            // the tools tests call HTTP servers of their own on loopback
                            "SWITCHBOARD_TOOLS_HTTP_ALLOWED_HOSTS", "127.0.0.1",
                            "SWITCHBOARD_SECRET_IT_TOKEN", ToolsIT.SECRET,
                            "SWITCHBOARD_CORS_ALLOWED_ORIGINS", ALLOWED_ORIGIN));
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            server = started;
        }
        return server;
    }

    static Api api() {
        return new Api(server().baseUrl());
    }

    static String adminToken() {
        return api().token("admin", ADMIN_PASSWORD);
    }
}
