package io.switchboard.agents.audit;

import java.util.Set;

/** An administrative action to record: the request that made it and how it ended. */
public record AdminAction(String actor, Set<String> roles, String action, String targetType, String targetId,
                          String method, String path, int status, String detail, String clientAddress,
                          String userAgent) {

    /** succeeded (2xx/3xx), refused (4xx: not allowed, invalid, not found, conflict) or failed (5xx). */
    public String outcome() {
        return status >= 500 ? "failed" : status >= 400 ? "refused" : "succeeded";
    }
}
