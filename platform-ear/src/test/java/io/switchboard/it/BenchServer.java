package io.switchboard.it;

import io.switchboard.testing.liberty.LibertyServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A fresh platform server for the benchmarks, on the embedded defaults, with a known admin password. */
public final class BenchServer implements AutoCloseable {

    private static final String ADMIN_PASSWORD = "bench-admin-password";
    private final LibertyServer server;

    private BenchServer(LibertyServer server) {
        this.server = server;
    }

    /** A server on the embedded database, or on a fresh PostgreSQL database {@code switchboard_bench}. */
    public static BenchServer start(boolean postgres) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("SWITCHBOARD_ADMIN_PASSWORD", ADMIN_PASSWORD,
                // the benchmarks measure throughput, not the per-principal rate limit
                "SWITCHBOARD_RATELIMIT_PER_PRINCIPAL", "0"));
        if (postgres) {
            recreatePostgresDatabase();
            env.put("SWITCHBOARD_DB_URL", "jdbc:postgresql://127.0.0.1:5432/switchboard_bench");
            env.put("SWITCHBOARD_DB_USER", System.getProperty("it.postgres.user", "postgres"));
            env.put("SWITCHBOARD_DB_PASSWORD", System.getProperty("it.postgres.password", ""));
        }
        LibertyServer server = LibertyServer.freshCopy("bench", Integer.getInteger("bench.port", 19090), env);
        String jvmOptions = System.getProperty("bench.jvm-options", "").strip();
        if (!jvmOptions.isEmpty()) {
            server.overrideJvmOptions(List.of(jvmOptions.split("\\s+")));
        }
        server.start();
        return new BenchServer(server);
    }

    private static void recreatePostgresDatabase() {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
                System.getProperty("it.postgres.user", "postgres"), System.getProperty("it.postgres.password", ""));
             java.sql.Statement statement = db.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS switchboard_bench WITH (FORCE)");
            statement.execute("CREATE DATABASE switchboard_bench");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot create the PostgreSQL database for the benchmark: " + e.getMessage(), e);
        }
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** The process id of the server's JVM. */
    public long pid() {
        return server.pid();
    }

    public String adminToken() {
        return new Api(server.baseUrl()).token("admin", ADMIN_PASSWORD);
    }

    /** The repository root (platform-ear's parent). */
    public static Path projectRoot() {
        return Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    }

    @Override
    public void close() {
        server.close();
    }
}
