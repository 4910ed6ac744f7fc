package io.switchboard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reading raw request bodies (JSON-RPC endpoints parse their own JSON, to answer parse errors themselves). */
public final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * The body as UTF-8 text, or null when it is larger than {@code limit} bytes. Reads in small chunks: asking
     * the stream for the whole limit at once made every request allocate buffers of that size.
     */
    public static String readLimited(InputStream body, int limit) {
        ByteArrayOutputStream text = new ByteArrayOutputStream(1024);
        byte[] chunk = new byte[4096];
        try {
            for (int read = body.read(chunk); read >= 0; read = body.read(chunk)) {
                if (text.size() + read > limit) {
                    return null;
                }
                text.write(chunk, 0, read);
            }
            return text.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
