package io.switchboard.web.security;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.problem.Problem;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * MicroProfile JWT answers a missing or invalid token with a bare 401 and an empty body, outside JAX-RS and
 * its exception mappers. This filter gives such responses a problem+json body, keeping the status and the
 * {@code WWW-Authenticate} header. Responses that already carry a body are left alone. A bearer token without
 * a {@code groups} claim is refused with 401 before anything runs ({@link GrouplessTokens}).
 */
@WebFilter(filterName = "SecurityProblemFilter", urlPatterns = "/*", asyncSupported = true)
public class SecurityProblemFilter implements Filter {

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        if (protectedCall(request) && GrouplessTokens.isGroupless(request.getHeader("Authorization"))) {
            // grants no role whoever signed it: refused as an invalid token, not answered 403 by each resource
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            writeProblem(request, response, 401);
            return;
        }
        chain.doFilter(servletRequest, servletResponse);
        int status = response.getStatus();
        if ((status == 401 || status == 403) && !response.isCommitted() && response.getContentType() == null) {
            writeProblem(request, response, status);
        }
    }

    /** The REST API, MCP and A2A JSON-RPC calls; not health, OpenAPI or agent cards. */
    private static boolean protectedCall(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/mcp")
                || (path.startsWith("/a2a/") && "POST".equals(request.getMethod()));
    }

    private static void writeProblem(HttpServletRequest request, HttpServletResponse response, int status)
            throws IOException {
        boolean unauthorized = status == 401;
        String body = Jsonp.JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", unauthorized ? "Unauthorized" : "Forbidden")
                .add("status", status)
                .add("detail", unauthorized
                        ? "A valid bearer token is required: it is missing, expired, not yet valid, or not signed "
                          + "by this platform. Get one with POST /api/auth/token."
                        : "Your roles do not allow this operation")
                .add("instance", request.getRequestURI())
                .build().toString();
        response.resetBuffer();
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
