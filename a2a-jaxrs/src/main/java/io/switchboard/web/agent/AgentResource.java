package io.switchboard.web.agent;

import io.switchboard.agents.agent.AgentRegistry;
import io.switchboard.agents.agent.AgentLifecycle;
import io.switchboard.api.agent.AgentRequest;
import io.switchboard.api.agent.AgentVersionView;
import io.switchboard.api.agent.RollbackRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.agent.RegisterAgentRequest;
import io.switchboard.api.agent.RegisterRemoteAgentRequest;
import io.switchboard.api.user.Roles;
import io.switchboard.web.audit.Audited;
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

    @Inject
    AgentLifecycle lifecycle;

    @Inject
    io.switchboard.workflow.run.AgentRemoval removal;

    @POST
    @Audited(target = "agent", action = "register", created = true)
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
    @Audited(target = "agent", action = "register-remote", created = true)
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

    @GET
    @Path("/agents")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List every agent, local and remote, by name")
    public List<AgentView> list() {
        return registry.list();
    }

    @POST
    @Audited(target = "agent", action = "create", created = true)
    @Path("/agents")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define a local agent: specialist, skills, system prompt, model, tools, collections, memory, "
            + "limits (admin)")
    @APIResponse(responseCode = "201", description = "Created as version 1; Location points at the agent")
    @APIResponse(responseCode = "409", description = "An agent with that name exists")
    public Response create(@NotNull(message = "A JSON body is required") @Valid AgentRequest request,
                           @Context SecurityContext security) {
        AgentView agent = lifecycle.create(request, security.getUserPrincipal().getName());
        return Response.created(UriBuilder.fromPath("/api/agents/{id}").build(agent.id())).entity(agent).build();
    }

    @PUT
    @Audited(target = "agent", action = "update")
    @Path("/agents/{idOrName}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a local agent (admin): the body is its whole new definition, a new version")
    @APIResponse(responseCode = "409", description = "A remote agent, a built-in agent's name or specialist, or a taken name")
    public AgentView update(@PathParam("idOrName") String idOrName,
                            @NotNull(message = "A JSON body is required") @Valid AgentRequest request,
                            @Context SecurityContext security) {
        return lifecycle.update(idOrName, request, security.getUserPrincipal().getName());
    }

    @DELETE
    @Audited(target = "agent", action = "delete")
    @Path("/agents/{idOrName}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete an agent with its versions (admin); built-in agents are disabled instead; refused "
            + "(409) while a workflow run that calls it is still going")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("idOrName") String idOrName) {
        removal.delete(idOrName);
        return Response.noContent().build();
    }

    @POST
    @Audited(target = "agent", action = "enable")
    @Path("/agents/{idOrName}/enable")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enable an agent: it takes tasks again (admin)")
    public AgentView enable(@PathParam("idOrName") String idOrName, @Context SecurityContext security) {
        return lifecycle.setEnabled(idOrName, true, security.getUserPrincipal().getName());
    }

    @POST
    @Audited(target = "agent", action = "disable")
    @Path("/agents/{idOrName}/disable")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disable an agent: it takes no tasks and is not routed to (admin)")
    public AgentView disable(@PathParam("idOrName") String idOrName, @Context SecurityContext security) {
        return lifecycle.setEnabled(idOrName, false, security.getUserPrincipal().getName());
    }

    @GET
    @Path("/agents/{idOrName}/versions")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every version of an agent, oldest first")
    public List<AgentVersionView> versions(@PathParam("idOrName") String idOrName) {
        return lifecycle.versions(idOrName);
    }

    @GET
    @Path("/agents/{idOrName}/versions/{version}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One version of an agent")
    public AgentVersionView version(@PathParam("idOrName") String idOrName, @PathParam("version") int version) {
        return lifecycle.version(idOrName, version);
    }

    @POST
    @Audited(target = "agent", action = "rollback")
    @Path("/agents/{idOrName}/rollback")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make an earlier version's definition current again, as a new version (admin)")
    public AgentView rollback(@PathParam("idOrName") String idOrName,
                              @NotNull(message = "A JSON body is required") @Valid RollbackRequest request,
                              @Context SecurityContext security) {
        return lifecycle.rollback(idOrName, request.version(), security.getUserPrincipal().getName());
    }
}
