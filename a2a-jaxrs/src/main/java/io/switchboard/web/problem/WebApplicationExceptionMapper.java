package io.switchboard.web.problem;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS protocol errors (no such path, wrong method or media type, unreadable body, refused access). */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType != null ? statusType.getReasonPhrase() : original.getStatusInfo().getReasonPhrase();
        Response problem = Problems.of(status, title, detailOf(e, status), uri);
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        copyHeader(original, builder, HttpHeaders.WWW_AUTHENTICATE);
        copyHeader(original, builder, HttpHeaders.ALLOW);
        return builder.build();
    }

    private String detailOf(WebApplicationException e, int status) {
        if (e instanceof NotFoundException) {
            return "There is nothing at " + path();
        }
        if (e instanceof NotAllowedException) {
            return "Method " + request.getMethod() + " is not allowed on " + path();
        }
        if (e instanceof NotSupportedException) {
            return "Content type " + headers.getMediaType() + " is not supported here; send application/json";
        }
        if (e instanceof NotAcceptableException) {
            return "None of the accepted media types can be produced here; accept application/json";
        }
        if (e instanceof NotAuthorizedException) {
            return "A valid bearer token is required: get one with POST /api/auth/token";
        }
        if (e instanceof ForbiddenException) {
            return "Your roles do not allow this operation";
        }
        if (status == 400) {
            return "The request body could not be read: it must be well-formed JSON of the documented shape";
        }
        return e.getMessage() == null ? "The request failed with HTTP " + status : e.getMessage();
    }

    private String path() {
        return "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
        Object value = from.getHeaders().getFirst(name);
        if (value != null) {
            to.header(name, value);
        }
    }
}
