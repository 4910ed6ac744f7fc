package io.switchboard.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The container's own errors as problem documents: status kept, a malformed URI named, failures by incident. */
class ContainerErrorServletTest {

    /** The answer the servlet wrote. */
    private static final class Answer {
        int status;
        String contentType;
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        String text() {
            return body.toString(StandardCharsets.UTF_8);
        }
    }

    private static Answer serve(Integer status, Throwable failure) throws IOException {
        Map<String, Object> attributes = new HashMap<>();
        if (status != null) {
            attributes.put(RequestDispatcher.ERROR_STATUS_CODE, status);
        }
        if (failure != null) {
            attributes.put(RequestDispatcher.ERROR_EXCEPTION, failure);
            attributes.put(RequestDispatcher.ERROR_REQUEST_URI, "/api/x");
        }
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                ContainerErrorServletTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> "getAttribute".equals(method.getName()) ? attributes.get(args[0]) : null);
        Answer answer = new Answer();
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                answer.body.write(b);
            }
        };
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                ContainerErrorServletTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "isCommitted" -> false;
                    case "setStatus" -> {
                        answer.status = (Integer) args[0];
                        yield null;
                    }
                    case "setContentType" -> {
                        answer.contentType = (String) args[0];
                        yield null;
                    }
                    case "getOutputStream" -> out;
                    default -> null;
                });
        new ContainerErrorServlet().service(request, response);
        return answer;
    }

    @Test
    void theContainersStatusesBecomeProblemsWithTheirOwnWords() throws IOException {
        Answer notFound = serve(404, null);
        assertThat(notFound.status).isEqualTo(404);
        assertThat(notFound.contentType).isEqualTo("application/problem+json");
        assertThat(notFound.text()).contains("\"title\":\"Not Found\"", "\"status\":404", "Nothing is here");

        assertThat(serve(405, null).text()).contains("\"status\":405", "not allowed");
        assertThat(serve(413, null).text()).contains("\"title\":\"Content Too Large\"");
        assertThat(serve(400, null).text()).contains("percent-encoded");
    }

    @Test
    void aRefusedUriIsA400AndAnyOtherFailureA500WithOnlyAnIncidentId() throws IOException {
        Answer refused = serve(500, new IOException("CWWWC0005I: encoded slash"));
        assertThat(refused.status).isEqualTo(400);
        assertThat(refused.text()).contains("percent-encoded").doesNotContain("CWWWC0005I");

        Answer failed = serve(500, new StackOverflowError("deep inside com.example.Secret"));
        assertThat(failed.status).isEqualTo(500);
        assertThat(failed.text()).contains("incident id").doesNotContain("StackOverflowError")
                .doesNotContain("com.example");
    }
}
