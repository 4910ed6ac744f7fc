package io.switchboard.agents.platform;

import io.switchboard.api.status.PlatformStatus.DatabaseStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready} is DOWN while the platform database does not answer. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Inject
    DatabaseInfo databaseInfo;

    @Override
    public HealthCheckResponse call() {
        DatabaseStatus status = databaseInfo.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .status("UP".equals(status.health()));
        if (status.kind() != null) {
            response.withData("kind", status.kind());
        }
        if (status.error() != null) {
            response.withData("error", status.error());
        }
        return response.build();
    }
}
