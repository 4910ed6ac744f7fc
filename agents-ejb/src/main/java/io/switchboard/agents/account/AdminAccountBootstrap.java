package io.switchboard.agents.account;

import io.switchboard.api.user.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On first start, creates the {@code admin} user with the password from {@code SWITCHBOARD_ADMIN_PASSWORD},
 * or with a random one that is written to the log this once. An existing admin is never changed.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class AdminAccountBootstrap {

    public static final String ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(AdminAccountBootstrap.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 24;

    @Inject
    UserDirectory users;

    @Inject
    @ConfigProperty(name = "switchboard.admin.password")
    Optional<String> configuredPassword;

    @PostConstruct
    void createAdminOnFirstStart() {
        if (users.exists(ADMIN)) {
            return;
        }
        Optional<String> configured = configuredPassword.filter(p -> !p.isBlank());
        String password = configured.orElseGet(AdminAccountBootstrap::randomPassword);
        users.create(ADMIN, password, Set.of(Roles.ADMIN));
        if (configured.isPresent()) {
            LOG.info("Created the 'admin' user with the password from SWITCHBOARD_ADMIN_PASSWORD.");
        } else {
            LOG.warning("Created the 'admin' user with the generated password: " + password
                    + "   (shown only this once; set SWITCHBOARD_ADMIN_PASSWORD before the first start to choose it)");
        }
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
