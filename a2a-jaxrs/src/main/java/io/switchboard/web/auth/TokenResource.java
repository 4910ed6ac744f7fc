package io.switchboard.web.auth;

import io.switchboard.agents.account.AuthenticationService;
import io.switchboard.api.auth.TokenRequest;
import io.switchboard.api.auth.TokenResponse;
import io.switchboard.api.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationScoped
@Path("/api/auth/token")
@Tag(name = "auth")
public class TokenResource {

    @Inject
    AuthenticationService authentication;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange a username and password for a signed RS256 JWT")
    @APIResponse(responseCode = "200", description = "The token")
    @APIResponse(responseCode = "401", description = "Wrong username or password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many failed sign-ins from this address or for this user; "
            + "see Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public TokenResponse token(@NotNull(message = "A JSON body with username and password is required")
                               @Valid TokenRequest request, @Context HttpServletRequest http) {
        return authentication.issueToken(request, http.getRemoteAddr());
    }
}
