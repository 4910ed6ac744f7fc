package io.switchboard.agents.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin audit's retention on the agents schema (H2): only entries older than the retention are deleted. */
class AuditRetentionTest {

    AdminAudit audit;
    AuditRetention retention;

    @BeforeEach
    void schema() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:audit-" + System.nanoTime() + ";MODE=LEGACY;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/agents")
                .table("flyway_history_agents").load().migrate();
        audit = new AdminAudit();
        audit.dataSource = dataSource;
        audit.init();
        retention = new AuditRetention();
        retention.audit = audit;
        retention.retention = Duration.ofDays(30);
    }

    @Test
    void entriesOlderThanTheRetentionGoAndNewerOnesStay() {
        audit.record(action("auth.sign-in"));
        audit.record(action("agent.update"));

        retention.clock = Clock.fixed(Instant.now().plus(Duration.ofDays(29)), ZoneOffset.UTC);
        assertThat(retention.prune()).isZero();
        assertThat(audit.find(query())).hasSize(2);

        retention.clock = Clock.fixed(Instant.now().plus(Duration.ofDays(31)), ZoneOffset.UTC);
        assertThat(retention.prune()).isEqualTo(2);
        assertThat(audit.find(query())).isEmpty();
    }

    private static AdminAction action(String what) {
        return new AdminAction("ann", Set.of("admin"), what, "user", "ann", "POST", "/api/x", 200, null, "127.0.0.1",
                null);
    }

    private static AdminAuditQuery query() {
        return new AdminAuditQuery(null, null, null, null, null, null, null, 100);
    }
}
