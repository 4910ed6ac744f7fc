package io.switchboard.web.event;

import io.switchboard.api.event.ExecutionEventView;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.user.Roles;
import io.switchboard.core.event.EventFilter;
import io.switchboard.orchestration.event.ExecutionEvents;
import io.switchboard.web.SwitchboardApplication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("/api")
@Tag(name = "events")
@SecurityRequirement(name = SwitchboardApplication.JWT)
public class EventResource {

    @Inject
    ExecutionEvents events;

    @Inject
    EventStream stream;

    @GET
    @Path("/tasks/{id}/events")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A task's execution log: received, routed, A2A, model and tool calls, retrieval, outcome")
    public List<ExecutionEventView> ofTask(@PathParam("id") String id) {
        return events.ofTask(id);
    }

    @GET
    @Path("/events")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The live execution log as server-sent events (named by type, id = event id); reconnect "
            + "with Last-Event-ID to continue without losing any")
    public void live(@Parameter(description = "Only this agent's events") @QueryParam("agent") String agent,
                     @Parameter(description = "Only this task's events") @QueryParam("task") String task,
                     @Parameter(description = "Only this type, or a prefix ending in '.' (e.g. task.)") @QueryParam("type")
                     String type,
                     @Parameter(description = "Start after this event id (as Last-Event-ID)") @QueryParam("after")
                     String after,
                     @HeaderParam("Last-Event-ID") String lastEventId,
                     @Context SseEventSink sink, @Context Sse sse) {
        String resume = lastEventId != null && !lastEventId.isBlank() ? lastEventId : after;
        long afterId;
        if (resume == null || resume.isBlank()) {
            afterId = events.lastId();
        } else {
            try {
                afterId = Long.parseLong(resume.strip());
            } catch (NumberFormatException e) {
                throw PlatformException.invalid("event-id-invalid", "Last-Event-ID (or 'after') must be an event id, "
                        + "a number; got '" + resume + "'");
            }
        }
        stream.stream(afterId, new EventFilter(agent, task, type), sink, sse);
    }
}
