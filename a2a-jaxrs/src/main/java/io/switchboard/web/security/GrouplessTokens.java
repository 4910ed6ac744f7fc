package io.switchboard.web.security;

import io.switchboard.api.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Whether a bearer token's payload lacks the {@code groups} claim. Read without checking the signature: such a
 * token grants no role whoever signed it, so it can be refused before MicroProfile JWT looks at it; any other
 * token (or one that cannot be read) is left to MicroProfile JWT.
 */
final class GrouplessTokens {

    private GrouplessTokens() {
    }

    static boolean isGroupless(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String[] parts = authorization.substring(7).strip().split("\\.");
        if (parts.length < 2) {
            return false;
        }
        try (JsonReader reader = Jsonp.JSON.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8)))) {
            JsonObject payload = reader.readObject();
            return !payload.containsKey("groups");
        } catch (RuntimeException unreadable) {
            return false;
        }
    }
}
