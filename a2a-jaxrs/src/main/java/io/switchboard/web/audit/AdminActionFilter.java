package io.switchboard.web.audit;

import io.switchboard.agents.audit.AdminAction;
import io.switchboard.agents.audit.AdminAudit;
import io.switchboard.api.problem.Problem;
import io.switchboard.web.security.CallerRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records every request to an {@link Audited} resource method made by an authenticated caller, whatever its
 * outcome: refused (403, 400, 404, 409 …) attempts are as telling as changes. Requests without a principal (401)
 * are nobody's action and are not recorded. A failure to record is logged and does not fail the request.
 */
@Provider
@ApplicationScoped
public class AdminActionFilter implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(AdminActionFilter.class.getName());
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*(\\w+)");

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest http;

    @Inject
    AdminAudit audit;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Method method = resource == null ? null : resource.getResourceMethod();
        Audited audited = method == null ? null : method.getAnnotation(Audited.class);
        Principal principal = request.getSecurityContext() == null ? null
                : request.getSecurityContext().getUserPrincipal();
        if (audited == null || principal == null) {
            return;
        }
        try {
            if (audit == null) {
                // the JAX-RS runtime made this provider itself, without CDI
                audit = jakarta.enterprise.inject.spi.CDI.current().select(AdminAudit.class).get();
            }
            audit.record(new AdminAction(principal.getName(), CallerRoles.of(request.getSecurityContext()),
                    audited.target() + "." + audited.action(), audited.target(), targetId(audited, request, response),
                    request.getMethod(), "/" + request.getUriInfo().getPath().replaceFirst("^/", ""),
                    response.getStatus(), response.getEntity() instanceof Problem problem ? problem.detail() : null,
                    http == null ? null : http.getRemoteAddr(), request.getHeaderString("User-Agent")));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the administrative action " + audited.target() + "."
                    + audited.action() + " of " + principal.getName(), e);
        }
    }

    private String targetId(Audited audited, ContainerRequestContext request, ContainerResponseContext response) {
        if (audited.created() && response.getStatus() < 300) {
            String location = response.getHeaderString("Location");
            if (location != null && !location.isBlank()) {
                return location.substring(location.lastIndexOf('/') + 1);
            }
            String id = idOf(response.getEntity());
            if (id != null) {
                return id;
            }
        }
        List<String> names = pathParameters();
        String name = !audited.idParam().isEmpty() ? audited.idParam() : names.isEmpty() ? null : names.getLast();
        return name == null ? null : request.getUriInfo().getPathParameters().getFirst(name);
    }

    /** The parameter names of the matched path, in order (class path, then method path). */
    private List<String> pathParameters() {
        List<String> names = new ArrayList<>();
        for (Path path : new Path[] {resource.getResourceClass().getAnnotation(Path.class),
                resource.getResourceMethod().getAnnotation(Path.class)}) {
            if (path != null) {
                Matcher m = PARAMETER.matcher(path.value());
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** The {@code id} (else {@code username}) of a returned record view. */
    private static String idOf(Object entity) {
        if (entity == null || !entity.getClass().isRecord()) {
            return null;
        }
        for (String accessor : new String[] {"id", "username"}) {
            try {
                Object value = entity.getClass().getMethod(accessor).invoke(entity);
                if (value != null) {
                    return value.toString();
                }
            } catch (ReflectiveOperationException e) {
                // no such accessor
            }
        }
        return null;
    }
}
