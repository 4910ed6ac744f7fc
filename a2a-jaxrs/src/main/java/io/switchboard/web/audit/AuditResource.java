package io.switchboard.web.audit;

import io.switchboard.agents.audit.AdminAudit;
import io.switchboard.agents.audit.AdminAuditQuery;
import io.switchboard.api.audit.AdminAuditEntry;
import io.switchboard.api.user.Roles;
import io.switchboard.web.QueryParams;
import io.switchboard.web.SwitchboardApplication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("/api/audit")
@Tag(name = "audit")
@SecurityRequirement(name = SwitchboardApplication.JWT)
public class AuditResource {

    @Inject
    AdminAudit audit;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Administrative actions, newest first, with filters (admin only)")
    public List<AdminAuditEntry> find(
            @QueryParam("actor") @Parameter(description = "User name") String actor,
            @QueryParam("action") @Parameter(description = "e.g. agent.update") String action,
            @QueryParam("targetType") @Parameter(description = "agent, tool, workflow, run, schedule, collection, "
                    + "document, datasource, mcp-server or user") String targetType,
            @QueryParam("targetId") String targetId,
            @QueryParam("outcome") @Parameter(description = "succeeded, refused or failed") String outcome,
            @QueryParam("since") @Parameter(description = "ISO-8601 instant, inclusive") String since,
            @QueryParam("until") @Parameter(description = "ISO-8601 instant, exclusive") String until,
            @QueryParam("limit") @Parameter(description = "At most this many (default 100, at most 1000)") Integer limit) {
        return audit.find(new AdminAuditQuery(actor, action, targetType, targetId, outcome,
                QueryParams.instant("since", since), QueryParams.instant("until", until), limit == null ? 100 : limit));
    }
}
