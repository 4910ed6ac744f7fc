package io.switchboard.web.a2a;

import io.switchboard.agents.agent.AgentCards;
import io.switchboard.api.a2a.AgentCard;
import io.switchboard.api.user.Roles;
import io.switchboard.web.SwitchboardApplication;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/a2a/agents/{agentId}")
@Tag(name = "a2a")
public class AgentA2aResource {

    @Inject
    AgentCards cards;

    @Inject
    JsonRpcDispatcher dispatcher;

    @POST
    @RolesAllowed({Roles.AGENT, Roles.ADMIN, Roles.OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = SwitchboardApplication.JWT)
    @Operation(summary = "A2A JSON-RPC 2.0 endpoint of one agent (A2A 0.3.0: message/send)")
    public JsonObject jsonRpc(@PathParam("agentId") String agentId, String body) {
        return dispatcher.dispatch(agentId, body);
    }

    @GET
    @Path("/.well-known/agent-card.json")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The agent's public A2A agent card")
    public AgentCard card(@PathParam("agentId") String agentId) {
        return cards.cardOf(agentId);
    }
}
