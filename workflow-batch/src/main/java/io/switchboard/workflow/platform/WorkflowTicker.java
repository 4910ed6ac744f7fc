package io.switchboard.workflow.platform;

import io.switchboard.workflow.run.WorkflowRuns;
import io.switchboard.workflow.schedule.WorkflowSchedules;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code switchboard.workflows.tick} on every server: beats (see {@code ServerHeartbeats}), fires due schedules, decides approvals whose timeout
 * passed, launches queued runs that never got a job and, when {@code switchboard.workflows.auto-restart} is on,
 * restarts runs whose server died under them. Each of these claims its row first, so servers sharing the database
 * never do the same thing twice.
 */
@Singleton
@Startup
@DependsOn("WorkflowSchema")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkflowTicker {

    private static final Logger LOG = Logger.getLogger(WorkflowTicker.class.getName());

    @EJB
    WorkflowSchedules schedules;

    @EJB
    WorkflowRuns runs;

    @Inject
    io.switchboard.workflow.run.ServerHeartbeats servers;

    @Inject
    @ConfigProperty(name = "switchboard.workflows.tick", defaultValue = "PT5S")
    Duration tick;

    @Inject
    @ConfigProperty(name = "switchboard.workflows.auto-restart", defaultValue = "false")
    boolean autoRestart;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> ticking;
    private ScheduledFuture<?> beating;

    /**
     * Beats at once (before this server launches any run, so that no other server takes its runs for a dead
     * server's), then at a fixed rate of its own, so that slow ticks do not delay the heartbeat.
     */
    @PostConstruct
    void start() {
        if (servers.timeout().compareTo(tick.multipliedBy(3)) < 0) {
            LOG.warning("switchboard.workflows.server-timeout (" + servers.timeout() + ") is less than three ticks ("
                    + tick + "): a live server may be taken for a dead one and its runs restarted elsewhere");
        }
        beat();
        beating = scheduler.scheduleAtFixedRate(this::beat, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
        ticking = scheduler.scheduleWithFixedDelay(this::tick, 3_000, tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        for (ScheduledFuture<?> task : new ScheduledFuture<?>[] {beating, ticking}) {
            if (task != null) {
                task.cancel(false);
            }
        }
    }

    private void beat() {
        step("beat", () -> {
            servers.beat();
            return 0;
        });
    }

    private void tick() {
        step("fire schedules", schedules::fireDue);
        step("time out approvals", runs::timeOutApprovals);
        step("recover runs", () -> runs.recover(autoRestart));
    }

    private static void step(String what, java.util.function.IntSupplier action) {
        try {
            int done = action.getAsInt();
            if (done > 0) {
                LOG.fine(() -> what + ": " + done);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not " + what + "; trying again at the next tick", e);
        }
    }
}
