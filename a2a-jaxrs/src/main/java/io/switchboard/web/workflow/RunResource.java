package io.switchboard.web.workflow;

import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.user.Roles;
import io.switchboard.api.workflow.ApprovalRequest;
import io.switchboard.api.workflow.RunRequest;
import io.switchboard.api.workflow.RunView;
import io.switchboard.web.audit.Audited;
import io.switchboard.web.SwitchboardApplication;
import io.switchboard.web.security.CallerRoles;
import io.switchboard.workflow.run.WorkflowRuns;
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
import jakarta.ws.rs.QueryParam;
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
@Path("/api")
@Tag(name = "runs")
@SecurityRequirement(name = SwitchboardApplication.JWT)
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {

    @Inject
    WorkflowRuns runs;

    @POST
    @Audited(target = "run", action = "start", created = true)
    @Path("/workflows/{id}/runs")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a run of the workflow (a Jakarta Batch job) with inputs; 202 with the run")
    public Response start(@PathParam("id") String workflow, RunRequest request, @Context SecurityContext security,
                          @Context UriInfo uri) {
        RunView run = runs.start(workflow, request, security.getUserPrincipal().getName(),
                CallerRoles.of(security));
        return Response.accepted(run).location(uri.getBaseUriBuilder().path("api/runs/{id}").build(run.id())).build();
    }

    @GET
    @Path("/runs")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "Runs, newest first (filters: workflow, state)")
    public List<RunView> list(@QueryParam("workflow") String workflow, @QueryParam("state") String state,
                              @QueryParam("limit") String limit) {
        int n;
        try {
            n = limit == null ? 50 : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw PlatformException.invalid("limit-invalid", "'limit' must be a number; got '" + limit + "'");
        }
        return runs.list(workflow, state, n);
    }

    @GET
    @Path("/runs/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Operation(summary = "A run: state, node states, outputs, errors and timing")
    public RunView get(@PathParam("id") String id) {
        return runs.get(id);
    }

    @POST
    @Audited(target = "run", action = "stop")
    @Path("/runs/{id}/stop")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Stop a run")
    public RunView stop(@PathParam("id") String id) {
        return runs.stop(id);
    }

    @POST
    @Audited(target = "run", action = "restart")
    @Path("/runs/{id}/restart")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Restart a failed, stopped or interrupted run: the nodes that did not complete run again")
    public RunView restart(@PathParam("id") String id) {
        return runs.restart(id);
    }

    @POST
    @Audited(target = "run", action = "decide", idParam = "id")
    @Path("/runs/{id}/approvals/{nodeId}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or reject a waiting approval node; the run continues")
    public RunView decide(@PathParam("id") String id, @PathParam("nodeId") String nodeId,
                          @NotNull(message = "A JSON body is required") @Valid ApprovalRequest request,
                          @Context SecurityContext security) {
        return runs.decide(id, nodeId, request.approve(), security.getUserPrincipal().getName());
    }
}
