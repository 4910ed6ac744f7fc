package io.switchboard.web.problem;

import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds problem+json responses. */
final class Problems {

    private static final String BLANK = "about:blank";

    private Problems() {
    }

    static Response of(int status, String title, String detail, UriInfo uri) {
        return of(BLANK, status, title, detail, uri, null);
    }

    static Response of(PlatformException e, UriInfo uri) {
        Response response = of(e.type(), e.kind().status(), e.kind().title(), e.getMessage(), uri, e.errors());
        if (e.retryAfterSeconds() != null) {
            return Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build();
        }
        return response;
    }

    static Response of(String type, int status, String title, String detail, UriInfo uri,
                       List<Problem.FieldError> errors) {
        Problem problem = new Problem(type, title, status, detail, instance(uri), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String instance(UriInfo uri) {
        try {
            return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
        } catch (RuntimeException e) {
            return null;
        }
    }
}
