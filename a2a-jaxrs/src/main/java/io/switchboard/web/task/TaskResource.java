package io.switchboard.web.task;

import io.switchboard.api.task.ExecuteTaskRequest;
import io.switchboard.api.task.TaskResult;
import io.switchboard.api.task.TaskView;
import io.switchboard.api.user.Roles;
import io.switchboard.orchestration.task.TaskExecutionService;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("/api")
@Tag(name = "tasks")
@SecurityRequirement(name = SwitchboardApplication.JWT)
public class TaskResource {

    @Inject
    TaskExecutionService execution;

    @POST
    @Path("/execute-task")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Execute a task with an agent; the agent is called over A2A JSON-RPC")
    public TaskResult execute(@NotNull(message = "A JSON body is required") @Valid ExecuteTaskRequest request,
                              @Context SecurityContext security) {
        return execution.execute(request, security.getUserPrincipal().getName());
    }

    @GET
    @Path("/tasks/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a recorded task and its result")
    public TaskView get(@PathParam("id") String id) {
        return execution.find(id);
    }
}
