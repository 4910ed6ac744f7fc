package io.switchboard.web.problem;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.problem.Problem;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of the web module (see {@code web.xml}): errors the servlet container answers itself, outside
 * JAX-RS — a request URI that is not valid percent-encoded UTF-8, an encoded slash, backslash or NUL, an uncaught
 * {@link Error} — become a problem+json document with the same status. An uncaught throwable is logged with an
 * incident id and answered with only that id, as {@link UnexpectedExceptionMapper} does.
 */
@WebServlet(name = "ContainerErrorServlet", urlPatterns = "/.container-error")
public class ContainerErrorServlet extends HttpServlet {

    private static final String MALFORMED_URI = "The request is malformed: its URI must be valid percent-encoded "
            + "UTF-8, without encoded slashes, dots, backslashes or control characters";
    private static final Logger LOG = Logger.getLogger(ContainerErrorServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer i ? i : 404;
        String detail;
        if (failure instanceof IOException && String.valueOf(failure.getMessage()).startsWith("CWWWC0005I")) {
            // the container refused the URI (an encoded slash, dot or backslash) and reports it as a failure
            status = 400;
            detail = MALFORMED_URI;
        } else if (failure != null) {
            status = 500;
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident + " at "
                    + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
            detail = "An unexpected error occurred. Give the operators this incident id: " + incident;
        } else {
            detail = switch (status) {
                case 400 -> MALFORMED_URI;
                case 404 -> "Nothing is here";
                case 405 -> "This method is not allowed here";
                case 413 -> "The request is too large";
                default -> "The request failed";
            };
        }
        write(response, status, detail);
    }

    private static void write(HttpServletResponse response, int status, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body = Jsonp.JSON.createObjectBuilder().add("type", "about:blank").add("title", title(status))
                .add("status", status).add("detail", detail).build().toString().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 500 -> "Internal Server Error";
            default -> "Error";
        };
    }
}
