package io.switchboard.web.security;

import io.switchboard.api.user.Roles;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import java.util.stream.Collectors;

/** The platform roles the authenticated caller holds (from the token's groups). */
public final class CallerRoles {

    private CallerRoles() {
    }

    public static Set<String> of(SecurityContext security) {
        return Roles.ALL.stream().filter(security::isUserInRole).collect(Collectors.toUnmodifiableSet());
    }
}
