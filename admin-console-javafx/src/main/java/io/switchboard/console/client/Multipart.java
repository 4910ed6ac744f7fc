package io.switchboard.console.client;

import io.switchboard.api.client.FileUpload;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** A {@code multipart/form-data} body (RFC 7578) with one part per file, as the upload endpoint expects. */
final class Multipart {

    private final String boundary;
    private final byte[] body;

    private Multipart(String boundary, byte[] body) {
        this.boundary = boundary;
        this.body = body;
    }

    static Multipart of(List<FileUpload> files) {
        String boundary = "switchboard-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (FileUpload file : files) {
            String header = "--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"file\"; filename=\"" + quoted(file.name()) + "\"\r\n"
                    + "Content-Type: " + (file.mediaType() == null ? "application/octet-stream" : file.mediaType())
                    + "\r\n\r\n";
            out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart(boundary, out.toByteArray());
    }

    /** A file name inside a quoted header value: no quotes, backslashes or line breaks can break out of it. */
    static String quoted(String name) {
        return name.replace("\\", "_").replace("\"", "_").replace("\r", "_").replace("\n", "_");
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    HttpRequest.BodyPublisher publisher() {
        return HttpRequest.BodyPublishers.ofByteArray(body);
    }
}
