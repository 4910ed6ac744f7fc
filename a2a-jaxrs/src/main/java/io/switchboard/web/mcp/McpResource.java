package io.switchboard.web.mcp;

import io.switchboard.api.user.Roles;
import io.switchboard.orchestration.a2a.server.A2aLimits;
import io.switchboard.web.RequestBodies;
import io.switchboard.web.SwitchboardApplication;
import io.switchboard.web.security.CallerRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The MCP streamable-HTTP endpoint. POST carries one JSON-RPC message (or a batch) and is answered with
 * {@code application/json}; notifications and responses get 202. There is no server-to-client stream (GET is
 * 405) and no session (DELETE is 405). Requests from a browser page must come from an allowed Origin.
 */
@ApplicationScoped
@Path("/mcp")
@Tag(name = "mcp")
@SecurityRequirement(name = SwitchboardApplication.JWT)
public class McpResource {

    @Inject
    McpDispatcher dispatcher;

    @Inject
    A2aLimits limits;

    @Inject
    @ConfigProperty(name = "switchboard.mcp.allowed-origins")
    Optional<List<String>> allowedOrigins;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.AGENT})
    @Operation(summary = "MCP JSON-RPC over streamable HTTP: initialize, ping, tools/list, tools/call")
    @APIResponse(responseCode = "200", description = "The JSON-RPC answer")
    @APIResponse(responseCode = "202", description = "A notification or response was accepted")
    public Response post(InputStream body, @HeaderParam("MCP-Protocol-Version") String protocolVersion,
                         @HeaderParam("Origin") String origin, @Context SecurityContext security) {
        if (origin != null && allowedOrigins.orElse(List.of()).stream().noneMatch(origin::equals)) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(McpDispatcher.error(JsonValue.NULL, McpDispatcher.INVALID_REQUEST, "Origin " + origin
                            + " is not allowed (switchboard.mcp.allowed-origins)").toString()).build();
        }
        if (protocolVersion != null && !McpDispatcher.PROTOCOL_VERSIONS.contains(protocolVersion)) {
            return badRequest(McpDispatcher.INVALID_REQUEST, "Unsupported MCP-Protocol-Version " + protocolVersion
                    + "; this server speaks " + String.join(", ", McpDispatcher.PROTOCOL_VERSIONS));
        }
        String text = RequestBodies.readLimited(body, limits.maxRequestBytes());
        if (text == null) {
            return badRequest(McpDispatcher.INVALID_REQUEST, "The body is larger than " + limits.maxRequestBytes() + " bytes");
        }
        JsonValue message;
        try {
            message = io.switchboard.web.body.StrictJson.parse(text);
        } catch (jakarta.json.JsonException e) {
            return badRequest(McpDispatcher.PARSE_ERROR, "Parse error: the body is not valid JSON");
        }
        String user = security.getUserPrincipal().getName();
        Set<String> roles = CallerRoles.of(security);
        if (message instanceof JsonArray batch) {
            if (batch.isEmpty()) {
                return badRequest(McpDispatcher.INVALID_REQUEST, "Invalid request: an empty batch");
            }
            JsonArray answers = dispatcher.dispatchBatch(batch, user, roles);
            return answers.isEmpty() ? Response.accepted().build()
                    : Response.ok(answers.toString(), MediaType.APPLICATION_JSON_TYPE).build();
        }
        JsonObject answer = dispatcher.dispatch(message, user, roles);
        return answer == null ? Response.accepted().build()
                : Response.ok(answer.toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.AGENT})
    @Operation(summary = "Not offered: this server sends no messages of its own (405)", hidden = true)
    public Response stream() {
        return Response.status(Response.Status.METHOD_NOT_ALLOWED).header("Allow", "POST").build();
    }

    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.VIEWER, Roles.AGENT})
    @Operation(summary = "Not offered: the server keeps no sessions (405)", hidden = true)
    public Response endSession() {
        return Response.status(Response.Status.METHOD_NOT_ALLOWED).header("Allow", "POST").build();
    }

    private static Response badRequest(int code, String message) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(McpDispatcher.error(JsonValue.NULL, code, message).toString()).build();
    }

}
