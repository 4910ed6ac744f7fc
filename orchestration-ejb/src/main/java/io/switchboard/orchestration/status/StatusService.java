package io.switchboard.orchestration.status;

import io.switchboard.agents.agent.AgentRegistry;
import io.switchboard.agents.platform.DatabaseInfo;
import io.switchboard.api.status.PlatformStatus;
import io.switchboard.orchestration.a2a.client.AgentCircuits;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

/** Reports version, uptime, database kind and health, and agent counts by status. */
@Singleton
@Startup
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatusService {

    @Inject
    AgentRegistry agents;

    @Inject
    DatabaseInfo database;

    @Inject
    AgentCircuits circuits;

    Clock clock = Clock.systemUTC();
    private Instant startedAt;
    private String version;

    @PostConstruct
    void recordStart() {
        startedAt = Instant.now(clock);
        version = readVersion();
    }

    public String version() {
        return version;
    }

    public PlatformStatus status() {
        Map<String, Long> byStatus = agents.countByStatus();
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long uptime = Duration.between(startedAt, Instant.now(clock)).toSeconds();
        Map<String, String> names = new java.util.HashMap<>();
        agents.list().forEach(a -> names.put(a.endpointUrl(), a.name()));
        Map<String, String> byAgent = new java.util.TreeMap<>();
        circuits.states().forEach((endpoint, state) -> byAgent.put(names.getOrDefault(endpoint, endpoint), state));
        return new PlatformStatus(version, startedAt, uptime, database.status(),
                new PlatformStatus.AgentCounts(total, byStatus), byAgent);
    }

    private static String readVersion() {
        try (InputStream in = StatusService.class.getResourceAsStream("/switchboard-build.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
