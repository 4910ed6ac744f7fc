package io.switchboard.workflow.platform;

import io.switchboard.agents.platform.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Migrates the workflow module's tables on start, with the platform's schema migrator. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkflowSchema {

    @EJB
    SchemaMigrator migrator;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        migrator.migrate("workflow", WorkflowSchema.class.getClassLoader());
    }
}
