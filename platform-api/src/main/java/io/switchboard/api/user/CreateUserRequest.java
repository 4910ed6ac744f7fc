package io.switchboard.api.user;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/users}. */
@Schema(name = "CreateUserRequest")
public record CreateUserRequest(
        @Schema(example = "alice", required = true)
        @NotNull(message = "is required")
        @Pattern(regexp = "^[A-Za-z0-9_.@-]{1,100}$",
                message = "must be 1-100 letters, digits, '_', '.', '@' or '-'")
        String username,

        @Schema(required = true, format = "password", description = "At least 12 characters")
        @NotNull(message = "is required")
        @Size(min = 12, max = 1000, message = "must be 12-1000 characters")
        String password,

        @Schema(required = true, description = "Any of admin, operator, viewer, agent")
        @NotEmpty(message = "must name at least one role")
        Set<@NotNull(message = "must not contain null")
            @Pattern(regexp = "^(admin|operator|viewer|agent)$",
                    message = "must contain only admin, operator, viewer or agent") String> roles) {

    @Override
    public String toString() {
        return "CreateUserRequest[username=" + username + ", password=***, roles=" + roles + "]";
    }
}
