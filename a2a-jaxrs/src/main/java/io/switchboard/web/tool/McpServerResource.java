package io.switchboard.web.tool;

import io.switchboard.api.tool.McpServerRequest;
import io.switchboard.api.tool.McpServerView;
import io.switchboard.api.user.Roles;
import io.switchboard.tools.mcp.McpServerService;
import io.switchboard.web.audit.Audited;
import io.switchboard.web.SwitchboardApplication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("/api/mcp/servers")
@Tag(name = "tools")
@SecurityRequirement(name = SwitchboardApplication.JWT)
public class McpServerResource {

    @Inject
    McpServerService servers;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the registered MCP servers with their status and tools")
    public List<McpServerView> list() {
        return servers.list();
    }

    @POST
    @Audited(target = "mcp-server", action = "create", created = true)
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an MCP server by stdio command or streamable-HTTP URL (admin); its tools join the registry")
    @APIResponse(responseCode = "201", description = "Registered; status says whether it could be reached")
    public Response register(@NotNull(message = "A JSON body is required") @Valid McpServerRequest request) {
        McpServerView registered = servers.register(request);
        return Response.created(UriBuilder.fromPath("/api/mcp/servers/{id}").build(registered.id())).entity(registered)
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One MCP server, by id or name")
    public McpServerView get(@PathParam("id") String id) {
        return servers.get(id);
    }

    @POST
    @Audited(target = "mcp-server", action = "refresh")
    @Path("/{id}/refresh")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reconnect and discover the server's tools again (admin)")
    public McpServerView refresh(@PathParam("id") String id) {
        return servers.refresh(id);
    }

    @DELETE
    @Audited(target = "mcp-server", action = "delete")
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove an MCP server and its tools (admin)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") String id) {
        servers.delete(id);
        return Response.noContent().build();
    }
}
