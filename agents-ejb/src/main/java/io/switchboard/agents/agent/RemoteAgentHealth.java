package io.switchboard.agents.agent;

import io.switchboard.api.agent.AgentHealth;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.problem.PlatformException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Polls the card of every remote agent: {@code active} when it answers with a valid card pointing at the same
 * endpoint within {@code switchboard.agents.health.slow} ; {@code degraded} when it is slower, its card no
 * longer validates or names another endpoint; {@code offline} when it does not answer.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class RemoteAgentHealth {

    private static final Logger LOG = Logger.getLogger(RemoteAgentHealth.class.getName());

    @Inject
    AgentRegistry registry;

    @Inject
    RemoteCards cards;

    @Inject
    @ConfigProperty(name = "switchboard.agents.health.interval", defaultValue = "PT30S")
    Duration interval;

    @Inject
    @ConfigProperty(name = "switchboard.agents.health.slow", defaultValue = "PT2S")
    Duration slow;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> polling;

    @PostConstruct
    void start() {
        polling = scheduler.scheduleWithFixedDelay(this::pollSafely, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    private void pollSafely() {
        try {
            for (AgentView agent : registry.remoteAgents()) {
                Check check = check(agent);
                if (registry.recordHealth(agent.id(), check.health(), check.detail())) {
                    LOG.info(() -> "Remote agent " + agent.name() + " is now " + check.health() + ": " + check.detail());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Polling the health of remote agents failed", e);
        }
    }

    Check check(AgentView agent) {
        try {
            RemoteCards.FetchedCard card = cards.fetch(agent.cardUrl());
            if (!card.endpointUrl().equals(agent.endpointUrl())) {
                return new Check(AgentHealth.DEGRADED, "its card now names another endpoint: " + card.endpointUrl());
            }
            if (card.latencyMillis() > slow.toMillis()) {
                return new Check(AgentHealth.DEGRADED, "its card took " + card.latencyMillis() + " ms");
            }
            return new Check(AgentHealth.ACTIVE, "its card answered in " + card.latencyMillis() + " ms");
        } catch (PlatformException e) {
            return "agent-card-unreachable".equals(e.code()) ? new Check(AgentHealth.OFFLINE, e.getMessage())
                    : new Check(AgentHealth.DEGRADED, e.getMessage());
        }
    }

    /** The outcome of one health check. */
    record Check(String health, String detail) {
    }
}
