package io.switchboard.agents.knowledge;

import io.switchboard.rag.ingest.IngestionJobs;
import io.switchboard.rag.reembed.Reembeddings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
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
 * Resumes document ingestion and re-embedding after a start (a crash leaves jobs failed and documents pending)
 * and then checks every {@code switchboard.rag.ingest.resume-interval} that no pending document, and no collection
 * moving to another embedding model, waits without a job (a failed job is restarted).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KnowledgeStartup {

    private static final Logger LOG = Logger.getLogger(KnowledgeStartup.class.getName());

    @Inject
    IngestionJobs ingestion;

    @Inject
    Reembeddings reembeddings;

    @Inject
    @ConfigProperty(name = "switchboard.rag.ingest.resume-interval", defaultValue = "PT30S")
    Duration interval;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> resuming;

    @PostConstruct
    void start() {
        resuming = scheduler.scheduleWithFixedDelay(this::resume, 2_000, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (resuming != null) {
            resuming.cancel(false);
        }
    }

    private void resume() {
        try {
            ingestion.resumePending();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not resume document ingestion; trying again in " + interval, e);
        }
        try {
            reembeddings.resumePending();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not resume re-embedding; trying again in " + interval, e);
        }
    }
}
