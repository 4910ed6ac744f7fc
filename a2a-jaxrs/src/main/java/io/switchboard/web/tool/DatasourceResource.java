package io.switchboard.web.tool;

import io.switchboard.api.tool.DatasourceRequest;
import io.switchboard.api.tool.DatasourceView;
import io.switchboard.api.user.Roles;
import io.switchboard.tools.sql.DatasourceService;
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
@Path("/api/datasources")
@Tag(name = "tools")
@SecurityRequirement(name = SwitchboardApplication.JWT)
@RolesAllowed(Roles.ADMIN)
public class DatasourceResource {

    @Inject
    DatasourceService datasources;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the datasources the SQL tools may read (admin)")
    public List<DatasourceView> list() {
        return datasources.list();
    }

    @POST
    @Audited(target = "datasource", action = "create", created = true)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a datasource (admin); the platform connects once to check the credentials")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "400", description = "Refused URL, or the platform cannot connect")
    public Response register(@NotNull(message = "A JSON body is required") @Valid DatasourceRequest request) {
        DatasourceView registered = datasources.register(request);
        return Response.created(UriBuilder.fromPath("/api/datasources/{id}").build(registered.id())).entity(registered)
                .build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One datasource, by id or name (admin)")
    public DatasourceView get(@PathParam("id") String id) {
        return datasources.get(id);
    }

    @DELETE
    @Audited(target = "datasource", action = "delete")
    @Path("/{id}")
    @Operation(summary = "Remove a datasource no sql tool uses (admin)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") String id) {
        datasources.delete(id);
        return Response.noContent().build();
    }
}
