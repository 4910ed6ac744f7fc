package io.switchboard.api.user;

import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user account as the API shows it: never with its password or hash. */
@Schema(name = "User")
public record UserView(String id, String username, Set<String> roles, boolean enabled, Instant createdAt) {
}
