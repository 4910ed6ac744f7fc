package io.switchboard.web.problem;

import io.switchboard.api.problem.PlatformException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Domain failures (not found, conflict, invalid, unauthorized) with their own problem type. */
@Provider
public class PlatformExceptionMapper implements ExceptionMapper<PlatformException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(PlatformException e) {
        return Problems.of(e, uri);
    }
}
