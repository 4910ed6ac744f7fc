package io.switchboard.web.status;

import io.switchboard.api.status.PlatformStatus;
import io.switchboard.api.user.Roles;
import io.switchboard.orchestration.status.StatusService;
import io.switchboard.web.SwitchboardApplication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("/api/status")
@Tag(name = "status")
@SecurityRequirement(name = SwitchboardApplication.JWT)
public class StatusResource {

    @Inject
    StatusService status;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Version, uptime, database kind and health, agent counts by status")
    public PlatformStatus status() {
        return status.status();
    }
}
