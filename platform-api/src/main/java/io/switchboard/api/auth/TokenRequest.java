package io.switchboard.api.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/auth/token}. */
@Schema(name = "TokenRequest")
public record TokenRequest(
        @Schema(example = "admin", required = true)
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
        String username,

        @Schema(required = true, format = "password")
        @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters")
        String password) {

    @Override
    public String toString() {
        return "TokenRequest[username=" + username + ", password=***]";
    }
}
