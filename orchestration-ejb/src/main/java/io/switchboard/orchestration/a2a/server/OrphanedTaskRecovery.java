package io.switchboard.orchestration.a2a.server;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * On start, fails the A2A tasks this server was running when it stopped: their executors are gone, so
 * clients polling them learn the outcome instead of waiting forever.
 */
@Singleton
@Startup
@DependsOn("OrchestrationSchema")
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
public class OrphanedTaskRecovery {

    private static final Logger LOG = Logger.getLogger(OrphanedTaskRecovery.class.getName());

    @Inject
    A2aTaskStore store;

    @Inject
    NodeIdentity node;

    @PostConstruct
    void failInterruptedTasks() {
        int failed = store.failInterrupted(node.id());
        if (failed > 0) {
            LOG.warning(() -> failed + " A2A task(s) were running when this server stopped; they are now failed");
        }
    }
}
