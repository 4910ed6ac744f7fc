package io.switchboard.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection of the load generator, on a blocking socket: a POST is written as
 * prepared bytes and the answer read with {@code Content-Length} or chunked framing. This is what wrk does
 * in C; the JDK's HttpClient spends several times the CPU per request (its selector thread, futures and
 * header maps), CPU that the server under test would otherwise have on a machine it shares with the
 * generator.
 */
final class RawHttpConnection implements AutoCloseable {

    private final URI target;
    private final String headers;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    RawHttpConnection(URI target, String token) {
        this.target = target;
        this.headers = "POST " + target.getRawPath() + " HTTP/1.1\r\nHost: " + target.getHost() + ":" + target.getPort()
                + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nAccept: application/json"
                + "\r\nConnection: keep-alive\r\n";
    }

    /** The answer's status and body. */
    record Answer(int status, String body) {
    }

    /**
     * Sends one POST with the body and reads the answer. Opens the connection when there is none: at first, after
     * the server answered {@code Connection: close}, and after a failure (the caller closes it then).
     */
    Answer post(byte[] body) throws IOException {
        if (socket == null) {
            connect();
        }
        byte[] head = (headers + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        out.write(head);
        out.write(body);
        out.flush();
        return read();
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), 5_000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }

    private Answer read() throws IOException {
        String statusLine = line();
        if (statusLine.length() < 12 || !statusLine.startsWith("HTTP/1.")) {
            throw new IOException("Not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        boolean noBody = status / 100 == 1 || status == 204 || status == 304;
        byte[] body = noBody ? new byte[0] : chunked ? chunks() : length >= 0 ? exactly(length) : in.readAllBytes();
        if (close || (!noBody && !chunked && length < 0)) {
            close();
        }
        return new Answer(status, new String(body, StandardCharsets.UTF_8));
    }

    private byte[] exactly(int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("The server closed the connection after " + bytes.length + " of " + length + " bytes");
        }
        return bytes;
    }

    private byte[] chunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
            if (length == 0) {
                while (!line().isEmpty()) {
                    // trailers
                }
                return body.toByteArray();
            }
            body.write(exactly(length));
            line();
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("The server closed the connection");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing after a failure: nothing to add
            }
            socket = null;
        }
    }
}
