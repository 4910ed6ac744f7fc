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
 * was running, whatever the batch repository still says about them.
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
    private final OffsetDateTime startedAt = Jdbc.now();
    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource, "server heartbeats");
    }

    /** This server's id. */
    public String id() {
        return id;
    }

    /** Records that this server is alive now. */
    public void beat() {
        OffsetDateTime now = Jdbc.now();
        if (jdbc.update("UPDATE platform_servers SET last_seen = ? WHERE server_id = ?", now, id) == 0) {
            jdbc.update("INSERT INTO platform_servers (server_id, started_at, last_seen) VALUES (?, ?, ?)", id,
                    startedAt, now);
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
        OffsetDateTime seen = jdbc.queryOne("SELECT last_seen FROM platform_servers WHERE server_id = ?",
                rs -> rs.getObject(1, OffsetDateTime.class), serverId).orElse(null);
        return seen == null || seen.isBefore(Jdbc.now().minus(timeout));
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown-host";
        }
    }
}
