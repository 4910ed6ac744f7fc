package io.switchboard.web.body;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.problem.ErrorKind;
import io.switchboard.api.problem.PlatformException;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Guards every request body that JAX-RS binds. A JSON body bound to a DTO is read first (at most
 * {@code switchboard.api.max-json-bytes}, default 8 MiB: 413 beyond) and refused with a 400 when it nests deeper
 * than {@link JsonNesting#MAX_DEPTH} levels. A body that cannot be read at all — a multipart body without its
 * boundary, with over-long header lines or a part's unparseable media type — is a 400 problem instead of an
 * internal error. A JSON body must be well-formed JSON (400 otherwise). Bodies taken as a raw stream or text (the JSON-RPC endpoints parse their own, with
 * {@link StrictJson}) pass untouched.
 */
@Provider
public class RequestBodyGuard implements ReaderInterceptor {

    private final int maxJsonBytes;

    public RequestBodyGuard() {
        this(ConfigProvider.getConfig().getOptionalValue("switchboard.api.max-json-bytes", Integer.class)
                .orElse(8 * 1024 * 1024));
    }

    RequestBodyGuard(int maxJsonBytes) {
        this.maxJsonBytes = maxJsonBytes;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Class<?> type = context.getType();
        boolean raw = InputStream.class.isAssignableFrom(type) || type == String.class || type == byte[].class;
        if (!raw && isJson(context.getMediaType())) {
            context.setInputStream(new ByteArrayInputStream(checked(context.getInputStream())));
        }
        try {
            return context.proceed();
        } catch (WebApplicationException | PlatformException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (raw || isJson(context.getMediaType()) || e instanceof jakarta.json.bind.JsonbException) {
                throw e;
            }
            MediaType media = context.getMediaType();
            throw PlatformException.invalid("unreadable-body", "The request body could not be read as "
                    + (media == null ? "sent" : media.getType() + "/" + media.getSubtype()) + ": " + reason(e));
        }
    }

    private byte[] checked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(1024);
        JsonNesting nesting = new JsonNesting();
        byte[] chunk = new byte[8192];
        for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
            if (body.size() + read > maxJsonBytes) {
                throw new PlatformException(ErrorKind.TOO_LARGE, "body-too-large",
                        "The JSON body is larger than " + maxJsonBytes + " bytes");
            }
            for (int i = 0; i < read; i++) {
                nesting.accept(chunk[i]);
            }
            if (nesting.deepest() > JsonNesting.MAX_DEPTH) {
                throw PlatformException.invalid("body-too-deep",
                        "The JSON body nests deeper than " + JsonNesting.MAX_DEPTH + " levels");
            }
            body.write(chunk, 0, read);
        }
        byte[] bytes = body.toByteArray();
        if (!new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            wellFormed(bytes);
        }
        return bytes;
    }

    /**
     * Refuses a body that is not well-formed JSON before the binding sees it: JSON-B skips the members a DTO does
     * not have with a lenient skipper that never returns on some malformed arrays ({@code {"a":[1,2}}).
     */
    private static void wellFormed(byte[] bytes) {
        try (JsonParser parser = Jsonp.JSON.createParser(new ByteArrayInputStream(bytes))) {
            while (parser.hasNext()) {
                parser.next();
            }
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw PlatformException.invalid("malformed-json", "The request body is not well-formed JSON");
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    /** What went wrong, in words a client can act on (no class names). */
    private static String reason(Throwable e) {
        String text = String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
        if (text.contains("boundary")) {
            return "the multipart boundary is missing or does not match";
        }
        if (text.contains("line length")) {
            return "a header line is too long";
        }
        if (text.contains("MediaType")) {
            return "a part has an invalid Content-Type";
        }
        return "it is malformed";
    }
}
