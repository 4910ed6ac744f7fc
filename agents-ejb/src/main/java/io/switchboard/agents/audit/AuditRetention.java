package io.switchboard.agents.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the admin audit for {@code switchboard.audit.retention} (default 400 days, a year and a bit for yearly
 * reviews; {@code PT0S} keeps it for ever): every {@code switchboard.audit.prune-interval} (default 6 hours, the
 * first a minute after start) older entries are deleted. Servers sharing a database each prune; the delete is
 * the same on all of them.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class AuditRetention {

    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

    @Inject
    AdminAudit audit;

    @Inject
    @ConfigProperty(name = "switchboard.audit.retention", defaultValue = "P400D")
    Duration retention;

    @Inject
    @ConfigProperty(name = "switchboard.audit.prune-interval", defaultValue = "PT6H")
    Duration interval;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    Clock clock = Clock.systemUTC();
    private ScheduledFuture<?> pruning;

    @PostConstruct
    void start() {
        if (retention.isZero() || retention.isNegative()) {
            LOG.info("The admin audit is kept for ever (switchboard.audit.retention=" + retention + ")");
            return;
        }
        pruning = scheduler.scheduleWithFixedDelay(this::pruneSafely, Math.min(60_000, interval.toMillis()),
                interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (pruning != null) {
            pruning.cancel(false);
        }
    }

    /** Deletes what is older than the retention; returns how many entries went. */
    int prune() {
        int deleted = audit.pruneBefore(clock.instant().minus(retention));
        if (deleted > 0) {
            LOG.info(() -> "Deleted " + deleted + " admin audit entries older than " + retention);
        }
        return deleted;
    }

    private void pruneSafely() {
        try {
            prune();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Pruning the admin audit failed; the next attempt is in " + interval, e);
        }
    }
}
