package io.switchboard.web.tool;

import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.tool.InvokeToolRequest;
import io.switchboard.api.tool.ToolAuditEntry;
import io.switchboard.api.tool.ToolInvocationResult;
import io.switchboard.api.tool.ToolRequest;
import io.switchboard.api.tool.ToolView;
import io.switchboard.api.user.Roles;
import io.switchboard.tools.audit.AuditQuery;
import io.switchboard.tools.audit.ToolAudit;
import io.switchboard.tools.invoke.ToolCaller;
import io.switchboard.tools.invoke.ToolInvoker;
import io.switchboard.tools.tool.ToolRegistry;
import io.switchboard.web.audit.Audited;
import io.switchboard.web.QueryParams;
import io.switchboard.web.SwitchboardApplication;
import io.switchboard.web.security.CallerRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("/api/tools")
@Tag(name = "tools")
@SecurityRequirement(name = SwitchboardApplication.JWT)
public class ToolResource {

    @Inject
    ToolRegistry registry;

    @Inject
    ToolInvoker invoker;

    @Inject
    ToolAudit audit;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List every tool: built-in, http, sql and mcp")
    public List<ToolView> list() {
        return registry.list();
    }

    @POST
    @Audited(target = "tool", action = "create", created = true)
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define an http or sql tool (admin)")
    @APIResponse(responseCode = "201", description = "Created; Location points at the tool")
    @APIResponse(responseCode = "400", description = "Invalid definition, every problem listed in errors")
    @APIResponse(responseCode = "409", description = "A tool with that name exists")
    public Response create(@NotNull(message = "A JSON body is required") @Valid ToolRequest request) {
        ToolView created = registry.create(request);
        return Response.created(UriBuilder.fromPath("/api/tools/{id}").build(created.id())).entity(created).build();
    }

    @GET
    @Path("/audit")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recorded tool invocations, newest first, with filters")
    public List<ToolAuditEntry> audit(
            @QueryParam("tool") @Parameter(description = "Tool name") String tool,
            @QueryParam("callerType") @Parameter(description = "user, agent or workflow") String callerType,
            @QueryParam("caller") @Parameter(description = "User name or agent name") String caller,
            @QueryParam("outcome") @Parameter(description = "succeeded, failed, invalid, refused or rate-limited") String outcome,
            @QueryParam("taskId") String taskId,
            @QueryParam("runId") String runId,
            @QueryParam("since") @Parameter(description = "ISO-8601 instant, inclusive") String since,
            @QueryParam("until") @Parameter(description = "ISO-8601 instant, exclusive") String until,
            @QueryParam("limit") @Parameter(description = "At most this many (default 100, at most 1000)") Integer limit) {
        return audit.find(new AuditQuery(tool, callerType, caller, outcome, taskId, runId, QueryParams.instant("since", since),
                QueryParams.instant("until", until), limit == null ? 100 : limit));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One tool, by id or name")
    public ToolView get(@PathParam("id") String id) {
        return registry.get(id);
    }

    @PUT
    @Audited(target = "tool", action = "update")
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a tool (admin): the whole definition of http and sql tools, the settings of any tool")
    public ToolView update(@PathParam("id") String id,
                           @NotNull(message = "A JSON body is required") @Valid ToolRequest request) {
        return registry.update(id, request);
    }

    @DELETE
    @Audited(target = "tool", action = "delete")
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete an http or sql tool (admin); built-in and mcp tools are disabled instead")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        registry.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Audited(target = "tool", action = "enable")
    @Path("/{id}/enable")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enable a tool (admin)")
    public ToolView enable(@PathParam("id") String id) {
        return registry.setEnabled(id, true);
    }

    @POST
    @Audited(target = "tool", action = "disable")
    @Path("/{id}/disable")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Disable a tool (admin): nobody can invoke it until it is enabled again")
    public ToolView disable(@PathParam("id") String id) {
        return registry.setEnabled(id, false);
    }

    @POST
    @Path("/{id}/invoke")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.AGENT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run a tool with the given arguments, if one of your roles may invoke it")
    @APIResponse(responseCode = "200", description = "The tool ran: status says whether it succeeded")
    @APIResponse(responseCode = "400", description = "The arguments violate the tool's schema (each violation listed); nothing ran")
    @APIResponse(responseCode = "403", description = "None of your roles may invoke this tool")
    @APIResponse(responseCode = "409", description = "The tool is disabled")
    @APIResponse(responseCode = "429", description = "The tool's rate limit is reached; see Retry-After")
    public ToolInvocationResult invoke(@PathParam("id") String id,
                                       @NotNull(message = "A JSON body is required") @Valid InvokeToolRequest request,
                                       @Context SecurityContext security) {
        return invoker.invoke(id, request.arguments(), ToolCaller.user(security.getUserPrincipal().getName(),
                CallerRoles.of(security)));
    }
}
