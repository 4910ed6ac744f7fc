package io.switchboard.workflow.run;

import io.switchboard.core.jdbc.Jdbc;
import io.switchboard.core.jdbc.Platform;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which servers sharing the database are alive. Each server has an id of its own for as long as it runs (host
 * name and a random part: a restarted server is a new one) and beats at every workflow tick; a server that has
 * not beaten for {@code switchboard.workflows.server-timeout} (30 s) is gone, and so are the batch jobs it
 * was running, whatever the batch repository still says about them. Times are the database's
 * ({@code CURRENT_TIMESTAMP}), so the servers' clocks need not agree.
 */
@ApplicationScoped
public class ServerHeartbeats {

    @Inject
    @Platform
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "switchboard.workflows.server-timeout", defaultValue = "PT30S")
    Duration timeout;

    private final String id = hostName() + "/" + UUID.randomUUID();
    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource, "server heartbeats");
    }

    /** This server's id. */
    public String id() {
        return id;
    }

    /** Records that this server is alive now; the first beat also drops servers gone for more than a day. */
    public void beat() {
        if (jdbc.update("UPDATE platform_servers SET last_seen = CURRENT_TIMESTAMP WHERE server_id = ?", id) == 0) {
            jdbc.update("INSERT INTO platform_servers (server_id, started_at, last_seen) VALUES (?, CURRENT_TIMESTAMP, "
                    + "CURRENT_TIMESTAMP)", id);
            jdbc.query("SELECT server_id, last_seen, CURRENT_TIMESTAMP FROM platform_servers", rs -> {
                OffsetDateTime seen = rs.getObject(2, OffsetDateTime.class);
                OffsetDateTime now = rs.getObject(3, OffsetDateTime.class);
                return seen.isBefore(now.minusDays(1)) ? rs.getString(1) : null;
            }).stream().filter(java.util.Objects::nonNull)
                    .forEach(old -> jdbc.update("DELETE FROM platform_servers WHERE server_id = ?", old));
        }
    }

    /**
     * Whether the server with this id is gone: it has not beaten within the timeout, or never did. Unknown
     * ({@code null}, runs launched before servers beat) and this server itself are never gone.
     */
    public boolean gone(String serverId) {
        if (serverId == null || serverId.equals(id)) {
            return false;
        }
        return jdbc.queryOne("SELECT last_seen, CURRENT_TIMESTAMP FROM platform_servers WHERE server_id = ?",
                rs -> rs.getObject(1, OffsetDateTime.class).isBefore(rs.getObject(2, OffsetDateTime.class).minus(timeout)),
                serverId).orElse(true);
    }

    /** How long a server may go without a beat before it counts as gone. */
    public Duration timeout() {
        return timeout;
    }

    private static String hostName() {
        try {
            String name = java.net.InetAddress.getLocalHost().getHostName();
            return name.length() > 120 ? name.substring(0, 120) : name;
        } catch (java.io.IOException e) {
            return "unknown-host";
        }
    }
}
