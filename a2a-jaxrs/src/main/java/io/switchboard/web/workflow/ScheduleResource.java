package io.switchboard.web.workflow;

import io.switchboard.api.user.Roles;
import io.switchboard.api.workflow.ScheduleRequest;
import io.switchboard.api.workflow.ScheduleView;
import io.switchboard.web.audit.Audited;
import io.switchboard.web.SwitchboardApplication;
import io.switchboard.web.security.CallerRoles;
import io.switchboard.workflow.schedule.WorkflowSchedules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("/api/workflows/{id}/schedules")
@Tag(name = "schedules")
@SecurityRequirement(name = SwitchboardApplication.JWT)
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    @Inject
    WorkflowSchedules schedules;

    @POST
    @Audited(target = "schedule", action = "create", created = true)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule the workflow with a cron expression; its runs start as the caller, with its roles")
    public Response create(@PathParam("id") String workflow,
                           @NotNull(message = "A JSON body is required") ScheduleRequest request,
                           @Context SecurityContext security, @Context UriInfo uri) {
        ScheduleView s = schedules.create(workflow, request, security.getUserPrincipal().getName(),
                CallerRoles.of(security));
        return Response.created(uri.getAbsolutePathBuilder().path(s.id()).build()).entity(s).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "The workflow's schedules with their next fire times")
    public List<ScheduleView> list(@PathParam("id") String workflow) {
        return schedules.list(workflow);
    }

    @GET
    @Path("/{scheduleId}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "One schedule")
    public ScheduleView get(@PathParam("id") String workflow, @PathParam("scheduleId") String id) {
        return schedules.get(workflow, id);
    }

    @PUT
    @Audited(target = "schedule", action = "update")
    @Path("/{scheduleId}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a schedule (e.g. enabled: false); the next fire time is computed again")
    public ScheduleView update(@PathParam("id") String workflow, @PathParam("scheduleId") String id,
                               @NotNull(message = "A JSON body is required") ScheduleRequest request) {
        return schedules.update(workflow, id, request);
    }

    @DELETE
    @Audited(target = "schedule", action = "delete")
    @Path("/{scheduleId}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Delete a schedule; runs it started stay")
    public Response delete(@PathParam("id") String workflow, @PathParam("scheduleId") String id) {
        schedules.delete(workflow, id);
        return Response.noContent().build();
    }
}
