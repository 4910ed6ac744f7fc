package io.switchboard.web.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.api.problem.ErrorKind;
import io.switchboard.api.problem.PlatformException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The body guard on its own: what reaches the binding, and what is refused before it with which problem. */
class RequestBodyGuardTest {

    private final RequestBodyGuard guard = new RequestBodyGuard(64);

    /** A reader context over a body; {@code proceed} reads what the guard left in the stream. */
    private static final class Body {
        InputStream stream;
        final Class<?> type;
        final MediaType mediaType;
        Callable<Object> reader;
        boolean replaced;

        Body(String text, Class<?> type, MediaType mediaType) {
            this.stream = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            this.type = type;
            this.mediaType = mediaType;
            this.reader = () -> new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }

        ReaderInterceptorContext context() {
            return (ReaderInterceptorContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ReaderInterceptorContext.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getType" -> type;
                        case "getMediaType" -> mediaType;
                        case "getInputStream" -> stream;
                        case "setInputStream" -> {
                            stream = (InputStream) args[0];
                            replaced = true;
                            yield null;
                        }
                        case "proceed" -> reader.call();
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    record Dto(String name) {
    }

    @Test
    void aWellFormedJsonBodyReachesTheBindingWhole() throws IOException {
        Body body = new Body("{\"name\":\"a\",\"tags\":[1,2]}", Dto.class, MediaType.APPLICATION_JSON_TYPE);
        assertThat(guard.aroundReadFrom(body.context())).isEqualTo("{\"name\":\"a\",\"tags\":[1,2]}");
        assertThat(body.replaced).isTrue();
    }

    @Test
    void tooLargeTooDeepAndMalformedJsonAreRefusedBeforeTheBinding() {
        assertThatThrownBy(() -> guard.aroundReadFrom(new Body("{\"name\":\"" + "x".repeat(80) + "\"}", Dto.class,
                MediaType.APPLICATION_JSON_TYPE).context())).isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.TOO_LARGE);
                    assertThat(e.code()).isEqualTo("body-too-large");
                });
        RequestBodyGuard roomy = new RequestBodyGuard(1 << 20);
        String deep = "[".repeat(JsonNesting.MAX_DEPTH + 1) + "]".repeat(JsonNesting.MAX_DEPTH + 1);
        assertThatThrownBy(() -> roomy.aroundReadFrom(new Body(deep, Dto.class, MediaType.APPLICATION_JSON_TYPE)
                .context())).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.code()).isEqualTo("body-too-deep"));
        assertThatThrownBy(() -> guard.aroundReadFrom(new Body("{\"a\":[1,2}", Dto.class,
                new MediaType("application", "merge-patch+json")).context()))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                    assertThat(e.code()).isEqualTo("malformed-json");
                });
    }

    @Test
    void rawBodiesPassUntouchedAndAnUnreadableMultipartIsA400InWords() throws IOException {
        Body raw = new Body("not json at all {", String.class, MediaType.APPLICATION_JSON_TYPE);
        assertThat(guard.aroundReadFrom(raw.context())).isEqualTo("not json at all {");
        assertThat(raw.replaced).isFalse();

        Body multipart = new Body("--x\r\n", Dto.class, MediaType.MULTIPART_FORM_DATA_TYPE);
        multipart.reader = () -> {
            throw new IOException("Unable to find the multipart boundary");
        };
        assertThatThrownBy(() -> guard.aroundReadFrom(multipart.context()))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo("unreadable-body");
                    assertThat(e.getMessage()).contains("boundary is missing").doesNotContain("IOException");
                });
    }
}
