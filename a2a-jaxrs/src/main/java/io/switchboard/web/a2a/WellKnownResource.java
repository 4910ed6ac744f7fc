package io.switchboard.web.a2a;

import io.switchboard.agents.agent.AgentCards;
import io.switchboard.orchestration.status.StatusService;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform's agent card at the well-known paths of A2A (and of 0.2 clients). */
@ApplicationScoped
@Path("/.well-known")
@Tag(name = "a2a")
public class WellKnownResource {

    @Inject
    AgentCards cards;

    @Inject
    StatusService status;

    @Inject
    A2aEndpoint endpoint;

    @GET
    @Path("/agent-card.json")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The platform's A2A agent card: the orchestrator's front door")
    public Response card(@Context Request request) {
        return endpoint.card(cards.platformCard(status.version()), request);
    }

    @GET
    @Path("/agent.json")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The platform's agent card at the path A2A 0.2 clients use")
    public Response legacyCard(@Context Request request) {
        return card(request);
    }
}
