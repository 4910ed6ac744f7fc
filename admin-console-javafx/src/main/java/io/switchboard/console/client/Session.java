package io.switchboard.console.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Who is signed in where: the server, the user, the bearer token and what the token says about roles and expiry
 * (read from its payload for display only; the server checks the signature).
 */
public record Session(String server, String user, String token, Set<String> roles, Instant expiresAt) {

    /** Roles that may use the console: anything less (e.g. only {@code agent}) is refused at sign-in. */
    public static final List<String> CONSOLE_ROLES = List.of("admin", "operator", "viewer");

    public static Session of(String server, String user, String token, long expiresInSeconds) {
        JsonObject claims = claims(token);
        Set<String> roles = claims.get("groups") instanceof jakarta.json.JsonArray groups
                ? Set.copyOf(groups.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList())
                : Set.of();
        Instant expires = claims.get("exp") instanceof jakarta.json.JsonNumber exp
                ? Instant.ofEpochSecond(exp.longValue())
                : Instant.now().plusSeconds(expiresInSeconds);
        return new Session(server, user, token, roles, expires);
    }

    public boolean canUseConsole() {
        return roles.stream().anyMatch(CONSOLE_ROLES::contains);
    }

    /** Admins and operators change workflows and runs; viewers only look. */
    public boolean canEdit() {
        return roles.contains("admin") || roles.contains("operator");
    }

    /** The highest role, for the status bar. */
    public String role() {
        return CONSOLE_ROLES.stream().filter(roles::contains).findFirst().orElse(String.join(",", roles));
    }

    private static JsonObject claims(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length < 2) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    @Override
    public String toString() {
        return "Session[" + user + "@" + server + ", roles=" + roles + "]";
    }
}
