package io.switchboard.web.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;

/**
 * Applies the {@link CorsPolicy} ({@code switchboard.cors.allowed-origins}, environment
 * {@code SWITCHBOARD_CORS_ALLOWED_ORIGINS}; empty by default, i.e. closed). A preflight ({@code OPTIONS} with
 * {@code Origin} and {@code Access-Control-Request-Method}) from an allowed origin is answered here with 204 and
 * needs no token, as browsers send none; from any other origin it gets no CORS header. Other requests from an
 * allowed origin get {@code Access-Control-Allow-Origin} on every answer, errors included.
 */
@WebFilter(filterName = "CorsFilter", urlPatterns = "/*", asyncSupported = true)
public class CorsFilter implements Filter {

    private CorsPolicy policy = CorsPolicy.of("");

    @Override
    public void init(FilterConfig config) {
        policy = CorsPolicy.of(ConfigProvider.getConfig().getOptionalValue("switchboard.cors.allowed-origins",
                String.class).orElse(""));
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        String origin = request.getHeader("Origin");
        if (origin == null || policy.closed()) {
            chain.doFilter(servletRequest, servletResponse);
            return;
        }
        boolean preflight = "OPTIONS".equals(request.getMethod())
                && request.getHeader("Access-Control-Request-Method") != null;
        policy.responseHeaders(origin, preflight).forEach(response::setHeader);
        if (preflight && policy.allows(origin)) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(servletRequest, servletResponse);
    }
}
