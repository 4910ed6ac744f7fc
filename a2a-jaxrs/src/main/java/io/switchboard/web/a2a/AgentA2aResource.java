package io.switchboard.web.a2a;

import io.switchboard.agents.agent.AgentCards;
import io.switchboard.api.a2a.JsonRpc;
import io.switchboard.api.user.Roles;
import io.switchboard.web.SwitchboardApplication;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("/a2a/agents/{agentId}")
@Tag(name = "a2a")
public class AgentA2aResource {

    @Inject
    AgentCards cards;

    @Inject
    A2aEndpoint endpoint;

    @POST
    @RolesAllowed({Roles.AGENT, Roles.ADMIN, Roles.OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, A2aEndpoint.EVENT_STREAM})
    @SecurityRequirement(name = SwitchboardApplication.JWT)
    @Operation(summary = "A2A JSON-RPC endpoint of one agent: A2A 0.3 by default, 1.0 with the header A2A-Version: 1.0")
    public Response jsonRpc(@PathParam("agentId") String agentId,
                            @HeaderParam(JsonRpc.VERSION_HEADER) String versionHeader,
                            @QueryParam(JsonRpc.VERSION_HEADER) String versionQuery,
                            InputStream body, @Context SecurityContext security) {
        return endpoint.handle(agentId, versionHeader != null ? versionHeader : versionQuery, body, security);
    }

    @GET
    @Path("/.well-known/agent-card.json")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The agent's public A2A agent card (for 0.3 and 1.0 clients)")
    public Response card(@PathParam("agentId") String agentId, @Context Request request) {
        return endpoint.card(cards.cardOf(agentId), request);
    }
}
