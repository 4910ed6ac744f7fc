package io.switchboard.agents.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades the schema with Flyway before anything uses JPA. Each module keeps its migrations in
 * {@code db/migration/<module>} (with a {@code flyway.location} marker, which Flyway needs under Liberty) and
 * its own history table {@code flyway_history_<module>}, so modules version their tables independently.
 * On start this migrates the modules this EJB module can see; modules above it (orchestration, workflow)
 * call {@link #migrate(String, ClassLoader)} from their own startup bean. Flyway runs outside any JTA transaction.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    /** Modules migrated on start, in dependency order; a module without migrations is skipped. */
    static final List<String> MODULES_BELOW_ORCHESTRATION = List.of("core", "tools", "rag", "agents");

    @Resource(lookup = "jdbc/switchboard")
    DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrateOnStart() {
        ClassLoader loader = SchemaMigrator.class.getClassLoader();
        MODULES_BELOW_ORCHESTRATION.forEach(module -> migrateIfPresent(module, loader));
    }

    /**
     * Migrates one module's schema, finding its migrations through the given class loader (the calling
     * module's own); fails when the module ships no migrations.
     */
    public void migrate(String module, ClassLoader loader) {
        if (!migrateIfPresent(module, loader)) {
            throw new IllegalStateException("No migrations found for module '" + module + "' at "
                    + location(module) + " (is the flyway.location marker file there?)");
        }
    }

    private boolean migrateIfPresent(String module, ClassLoader loader) {
        if (loader.getResource(location(module) + "/flyway.location") == null) {
            return false;
        }
        MigrateResult result = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:" + location(module))
                .callbackLocations("classpath:" + location(module))
                .table("flyway_history_" + module)
                // modules share one schema: another module's tables are not a reason to refuse V1
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Schema of module '" + module + "' is at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migration(s) applied now)");
        return true;
    }

    private static String location(String module) {
        return "db/migration/" + module;
    }
}
