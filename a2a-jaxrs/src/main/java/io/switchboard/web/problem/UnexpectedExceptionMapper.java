package io.switchboard.web.problem;

import io.switchboard.api.problem.PlatformException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper handled. A known failure wrapped by the EJB container is unwrapped and mapped as
 * itself; a body JSON-B could not bind is a 400; everything else is logged with an incident id and answered
 * with a 500 that carries only that id.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uri;

    @Context
    Providers providers;

    @Override
    public Response toResponse(Throwable e) {
        Throwable cause = unwrap(e);
        if (cause instanceof PlatformException
                || cause instanceof ConstraintViolationException
                || cause instanceof WebApplicationException) {
            return mapAs(cause);
        }
        if (cause instanceof JsonbException) {
            return Problems.of(400, "Bad Request",
                    "The request body could not be read: it must be well-formed JSON of the documented shape", uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident + " at " + uri.getPath(), e);
        return Problems.of(500, "Internal Server Error",
                "An unexpected error occurred. Give the operators this incident id: " + incident, uri);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof EJBException || current instanceof ProcessingException)
                && current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private <T extends Throwable> Response mapAs(T cause) {
        ExceptionMapper<T> mapper = (ExceptionMapper<T>) providers.getExceptionMapper(cause.getClass());
        return mapper.toResponse(cause);
    }
}
