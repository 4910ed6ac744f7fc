package io.switchboard.web.user;

import io.switchboard.agents.account.UserDirectory;
import io.switchboard.api.user.CreateUserRequest;
import io.switchboard.api.user.Roles;
import io.switchboard.api.user.UserView;
import io.switchboard.web.audit.Audited;
import io.switchboard.web.SwitchboardApplication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("/api/users")
@Tag(name = "users")
@SecurityRequirement(name = SwitchboardApplication.JWT)
public class UserResource {

    @Inject
    UserDirectory users;

    @POST
    @Audited(target = "user", action = "create", created = true)
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user with roles (admin only)")
    public Response create(@NotNull(message = "A JSON body is required") @Valid CreateUserRequest request) {
        UserView user = users.create(request);
        return Response.status(Response.Status.CREATED).entity(user).build();
    }
}
