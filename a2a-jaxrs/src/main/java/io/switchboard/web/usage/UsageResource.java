package io.switchboard.web.usage;

import io.switchboard.agents.memory.SessionHistory;
import io.switchboard.agents.usage.UsageLedger;
import io.switchboard.api.session.SessionView;
import io.switchboard.api.usage.UsageQuery;
import io.switchboard.api.usage.UsageReport;
import io.switchboard.api.user.Roles;
import io.switchboard.web.SwitchboardApplication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("/api")
@Tag(name = "usage")
@SecurityRequirement(name = SwitchboardApplication.JWT)
public class UsageResource {

    @Inject
    UsageLedger ledger;

    @Inject
    SessionHistory sessions;

    @GET
    @Path("/usage")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Model tokens and estimated cost, summed per agent, task, session, day or model")
    public UsageReport usage(@Parameter(description = "First day, YYYY-MM-DD (UTC); default today") @QueryParam("from") String from,
                             @Parameter(description = "Last day, inclusive; default today") @QueryParam("to") String to,
                             @Parameter(description = "agent (default), task, session, day or model") @QueryParam("by") String by,
                             @QueryParam("agent") String agent, @QueryParam("task") String task,
                             @QueryParam("session") String session) {
        return ledger.report(new UsageQuery(from, to, by, agent, task, session));
    }

    @GET
    @Path("/sessions/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A conversation session's memory: its messages, oldest first (an operator sees their own "
            + "conversation in the session, an admin every user's)")
    public SessionView session(@PathParam("id") String id, @jakarta.ws.rs.core.Context
                               jakarta.ws.rs.core.SecurityContext security) {
        return sessions.session(id, security.isUserInRole(Roles.ADMIN) ? null : security.getUserPrincipal().getName());
    }
}
