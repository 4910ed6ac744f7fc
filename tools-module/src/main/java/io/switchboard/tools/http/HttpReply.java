package io.switchboard.tools.http;

/** The answer to an outbound request: status, content type, the body as text (cut at the size limit) and the final URL. */
public record HttpReply(int status, String contentType, String body, boolean truncated, String url) {
}
