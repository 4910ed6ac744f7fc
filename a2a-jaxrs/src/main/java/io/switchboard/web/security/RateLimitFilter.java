package io.switchboard.web.security;

import io.switchboard.api.json.Jsonp;
import io.switchboard.agents.token.TokenIssuer;
import io.switchboard.api.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

import java.security.Principal;

/**
 * Rate limiting of the REST API, the A2A endpoints and MCP, after authentication: an authenticated caller is
 * limited per principal ({@code switchboard.ratelimit.per-principal}, default 1000 requests/s), an anonymous one
 * per client address ({@code switchboard.ratelimit.per-address}, default 200 requests/s; only sign-in, agent cards
 * and refusals are reachable without a token). Over the limit: 429 with {@code Retry-After}, as a problem on the
 * REST API, MCP and agent cards, and as a JSON-RPC error (-32000) to A2A JSON-RPC calls. The platform's own service principal (the
 * orchestrator calling agents) is not limited, nor are health and OpenAPI (outside JAX-RS). Requests whose token
 * is refused by MicroProfile JWT never reach this filter. {@code 0} turns a limit off.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 50)
public class RateLimitFilter implements ContainerRequestFilter {

    static final int RATE_LIMITED = -32000;

    private final RequestRateLimits perPrincipal;
    private final RequestRateLimits perAddress;

    @Context
    HttpServletRequest http;

    public RateLimitFilter() {
        var config = ConfigProvider.getConfig();
        perPrincipal = new RequestRateLimits(config.getOptionalValue("switchboard.ratelimit.per-principal",
                Integer.class).orElse(1000));
        perAddress = new RequestRateLimits(config.getOptionalValue("switchboard.ratelimit.per-address",
                Integer.class).orElse(200));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext() == null ? null
                : request.getSecurityContext().getUserPrincipal();
        int wait;
        if (principal != null) {
            if (TokenIssuer.SERVICE_SUBJECT.equals(principal.getName())) {
                return;
            }
            wait = perPrincipal.acquire("principal:" + principal.getName());
        } else {
            wait = perAddress.acquire("address:" + (http == null ? "unknown" : http.getRemoteAddr()));
        }
        if (wait > 0) {
            String path = request.getUriInfo().getPath();
            boolean jsonRpc = "POST".equals(request.getMethod()) && (path.startsWith("a2a") || path.startsWith("/a2a"));
            Refusal refusal = refusal(path, jsonRpc, wait);
            request.abortWith(Response.status(429).header("Retry-After", wait).type(refusal.mediaType())
                    .entity(refusal.body()).build());
        }
    }

    /** What a refused request is answered: a JSON-RPC error to an A2A call, a problem to anything else. */
    record Refusal(String mediaType, String body) {
    }

    static Refusal refusal(String path, boolean jsonRpc, int retryAfterSeconds) {
        String detail = "Too many requests: slow down and retry after " + retryAfterSeconds + " s";
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (jsonRpc) {
            return new Refusal(MediaType.APPLICATION_JSON, Jsonp.JSON.createObjectBuilder()
                    .add("jsonrpc", "2.0").add("id", JsonValue.NULL)
                    .add("error", Jsonp.JSON.createObjectBuilder().add("code", RATE_LIMITED).add("message", detail))
                    .build().toString());
        }
        return new Refusal(Problem.MEDIA_TYPE, Jsonp.JSON.createObjectBuilder()
                .add("type", "urn:switchboard:problem:rate-limited").add("title", "Too Many Requests")
                .add("status", 429).add("detail", detail).add("instance", "/" + p).build().toString());
    }
}
