package io.switchboard.web.a2a;

import io.switchboard.api.a2a.JsonRpc;
import io.switchboard.api.user.Roles;
import io.switchboard.orchestration.a2a.server.A2aTaskService;
import io.switchboard.web.SwitchboardApplication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform's front door: the orchestrator as an A2A agent that routes each message to an agent. */
@ApplicationScoped
@Path("/a2a")
@Tag(name = "a2a")
public class PlatformA2aResource {

    @Inject
    A2aEndpoint endpoint;

    @POST
    @RolesAllowed({Roles.AGENT, Roles.ADMIN, Roles.OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, A2aEndpoint.EVENT_STREAM})
    @SecurityRequirement(name = SwitchboardApplication.JWT)
    @Operation(summary = "The platform's A2A JSON-RPC endpoint (A2A 0.3 by default, 1.0 with A2A-Version: 1.0); "
            + "message metadata 'agent' names the agent to route to")
    public Response jsonRpc(@HeaderParam(JsonRpc.VERSION_HEADER) String versionHeader,
                            @QueryParam(JsonRpc.VERSION_HEADER) String versionQuery,
                            InputStream body, @Context SecurityContext security) {
        return endpoint.handle(A2aTaskService.PLATFORM, versionHeader != null ? versionHeader : versionQuery, body,
                security);
    }
}
