package io.switchboard.agents.platform;

import io.switchboard.tools.tool.BuiltinSync;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Brings the built-in tools' registry rows in step with the code once the schema is migrated. */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ToolCatalogStartup {

    private static final Logger LOG = Logger.getLogger(ToolCatalogStartup.class.getName());

    @Inject
    BuiltinSync builtins;

    @PostConstruct
    void sync() {
        try {
            builtins.ensureSynced();
        } catch (RuntimeException e) {
            // the registry syncs again on first use
            LOG.log(Level.WARNING, "Could not register the built-in tools at start", e);
        }
    }
}
