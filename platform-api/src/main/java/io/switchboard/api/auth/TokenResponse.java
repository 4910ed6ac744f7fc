package io.switchboard.api.auth;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A signed RS256 JWT for the {@code Authorization: Bearer} header. */
@Schema(name = "TokenResponse")
public record TokenResponse(
        @JsonbProperty("access_token") @Schema(name = "access_token") String accessToken,
        @JsonbProperty("token_type") @Schema(name = "token_type", example = "Bearer") String tokenType,
        @JsonbProperty("expires_in") @Schema(name = "expires_in", description = "Seconds until the token expires")
        long expiresIn) {
}
