package io.switchboard.web.agent;

import io.switchboard.agents.agent.AgentRegistry;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.agent.RegisterAgentRequest;
import io.switchboard.api.agent.RegisterRemoteAgentRequest;
import io.switchboard.api.user.Roles;
import io.switchboard.web.SwitchboardApplication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("/api")
@Tag(name = "agents")
@SecurityRequirement(name = SwitchboardApplication.JWT)
public class AgentResource {

    @Inject
    AgentRegistry registry;

    @POST
    @Path("/register-agent")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a new agent (admin only)")
    @APIResponse(responseCode = "201", description = "Registered; Location points at the agent")
    @APIResponse(responseCode = "409", description = "An agent with that name exists")
    public Response register(@NotNull(message = "A JSON body is required") @Valid RegisterAgentRequest request) {
        AgentView agent = registry.register(request);
        return Response.created(UriBuilder.fromPath("/api/agents/{id}").build(agent.id())).entity(agent).build();
    }

    @POST
    @Path("/agents/remote")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an agent that lives elsewhere, by its A2A card URL (admin only)")
    @APIResponse(responseCode = "201", description = "Registered; its health is polled from now on")
    @APIResponse(responseCode = "400", description = "The card could not be fetched or is not a valid A2A card")
    public Response registerRemote(@NotNull(message = "A JSON body is required") @Valid RegisterRemoteAgentRequest request) {
        AgentView agent = registry.registerRemote(request);
        return Response.created(UriBuilder.fromPath("/api/agents/{id}").build(agent.id())).entity(agent).build();
    }

    @GET
    @Path("/agents/{idOrName}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read one agent by id or name")
    public AgentView get(@PathParam("idOrName") String idOrName) {
        return registry.find(idOrName);
    }
}
