package io.switchboard.web.security;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which browser origins may call the API from their pages (CORS), and the headers that say so. Closed by
 * default: with no allowed origins, no CORS header is ever sent and browsers keep other sites' scripts out.
 * Origins are compared exactly (scheme, host, port), case-insensitively; a wildcard is not accepted, because the
 * API is called with bearer tokens.
 */
final class CorsPolicy {

    static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, A2A-Version, Last-Event-ID, "
            + "Idempotency-Key";
    static final String EXPOSED_HEADERS = "Location, Retry-After, ETag, WWW-Authenticate";
    static final String MAX_AGE_SECONDS = "600";

    private final Set<String> origins;

    private CorsPolicy(Set<String> origins) {
        this.origins = origins;
    }

    /** From a comma-separated list (the {@code switchboard.cors.allowed-origins} setting); blank: closed. */
    static CorsPolicy of(String allowedOrigins) {
        Set<String> origins = allowedOrigins == null ? Set.of() : Arrays.stream(allowedOrigins.split(","))
                .map(String::strip).filter(o -> !o.isEmpty() && !o.equals("*"))
                .map(o -> o.replaceAll("/+$", "").toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        return new CorsPolicy(origins);
    }

    boolean closed() {
        return origins.isEmpty();
    }

    boolean allows(String origin) {
        return origin != null && origins.contains(origin.strip().toLowerCase(Locale.ROOT));
    }

    /** The headers of an answer to a request from {@code origin}; empty when the origin is not allowed. */
    Map<String, String> responseHeaders(String origin, boolean preflight) {
        if (!allows(origin)) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Access-Control-Allow-Origin", origin.strip());
        headers.put("Vary", "Origin");
        if (preflight) {
            headers.put("Access-Control-Allow-Methods", ALLOWED_METHODS);
            headers.put("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            headers.put("Access-Control-Max-Age", MAX_AGE_SECONDS);
        } else {
            headers.put("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
        return headers;
    }
}
