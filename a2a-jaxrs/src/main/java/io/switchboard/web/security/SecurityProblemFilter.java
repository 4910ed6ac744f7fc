package io.switchboard.web.security;

import io.switchboard.api.problem.Problem;
import jakarta.json.Json;
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
 * {@code WWW-Authenticate} header. Responses that already carry a body are left alone.
 */
@WebFilter(filterName = "SecurityProblemFilter", urlPatterns = "/*", asyncSupported = true)
public class SecurityProblemFilter implements Filter {

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(servletRequest, servletResponse);
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        int status = response.getStatus();
        if ((status == 401 || status == 403) && !response.isCommitted() && response.getContentType() == null) {
            writeProblem(request, response, status);
        }
    }

    private static void writeProblem(HttpServletRequest request, HttpServletResponse response, int status)
            throws IOException {
        boolean unauthorized = status == 401;
        String body = Json.createObjectBuilder()
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
