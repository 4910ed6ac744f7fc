package io.switchboard.tools.http;

import io.switchboard.tools.invoke.ToolFailure;
import io.switchboard.tools.invoke.TransientToolFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the tools' HTTP requests: every URL, and every redirect target, passes the {@link OutboundPolicy}
 * first; redirects are followed by hand (at most {@code switchboard.tools.http.max-redirects}); the response
 * body is read up to {@code switchboard.tools.http.max-response-bytes} and cut there. Connection failures,
 * timeouts and 5xx answers are transient (retried by the invoker).
 */
@ApplicationScoped
public class OutboundHttp {

    private static final Set<String> FORBIDDEN_HEADERS = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "transfer-encoding", "te", "trailer", "keep-alive", "proxy-authorization", "proxy-connection");

    @Inject
    OutboundPolicy policy;

    @Inject
    @ConfigProperty(name = "switchboard.tools.http.max-response-bytes", defaultValue = "1048576")
    int maxResponseBytes;

    @Inject
    @ConfigProperty(name = "switchboard.tools.http.max-redirects", defaultValue = "5")
    int maxRedirects;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();

    public static OutboundHttp with(OutboundPolicy policy, int maxResponseBytes, int maxRedirects) {
        OutboundHttp http = new OutboundHttp();
        http.policy = policy;
        http.maxResponseBytes = maxResponseBytes;
        http.maxRedirects = maxRedirects;
        return http;
    }

    /** Sends the request; {@code body} may be null. Redirects (301/302/303/307/308) are followed and re-checked. */
    public HttpReply send(String method, String url, Map<String, String> headers, String body, String contentType,
                          Duration timeout) {
        String currentMethod = method.toUpperCase(Locale.ROOT);
        String currentBody = body;
        Map<String, String> currentHeaders = headers;
        URI uri = policy.check(url);
        for (int redirects = 0; ; redirects++) {
            HttpResponse<InputStream> response = exchange(currentMethod, uri, currentHeaders, currentBody, contentType,
                    timeout);
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                closeQuietly(response.body());
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new ToolFailure("HTTP " + status + " from " + uri + " without a Location header");
                }
                if (redirects >= maxRedirects) {
                    throw new ToolFailure("Stopped after " + maxRedirects + " redirects at " + uri);
                }
                URI next = uri.resolve(location);
                String refusal = policy.refusal(next.toString());
                if (refusal != null) {
                    throw new ToolFailure("Refused the redirect from " + uri + " to " + next + ": " + refusal);
                }
                if (!sameOrigin(uri, next)) {
                    // credentials and other caller headers are for the host they were given for
                    currentHeaders = Map.of();
                }
                if (status == 303 || ((status == 301 || status == 302) && !currentMethod.equals("GET")
                        && !currentMethod.equals("HEAD"))) {
                    currentMethod = "GET";
                    currentBody = null;
                }
                uri = next;
                continue;
            }
            return read(response, uri);
        }
    }

    private HttpResponse<InputStream> exchange(String method, URI uri, Map<String, String> headers, String body,
                                               String contentType, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (!FORBIDDEN_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && value != null) {
                    request.header(name, value);
                }
            });
        }
        if (body != null && (headers == null || headers.keySet().stream().noneMatch("content-type"::equalsIgnoreCase))) {
            request.header("Content-Type", contentType == null ? "application/json" : contentType);
        }
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() >= 500) {
                String excerpt = read(response, uri).body();
                throw new TransientToolFailure("HTTP " + response.statusCode() + " from " + uri
                        + (excerpt.isBlank() ? "" : ": " + excerpt.substring(0, Math.min(200, excerpt.length()))));
            }
            return response;
        } catch (HttpTimeoutException e) {
            throw new TransientToolFailure("No answer from " + uri + " within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            throw new TransientToolFailure("Cannot reach " + uri + ": " + io.switchboard.core.net.NetworkFailures.describe(e));
        } catch (IllegalArgumentException e) {
            throw new ToolFailure("Invalid request to " + uri + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToolFailure("Interrupted while calling " + uri);
        }
    }

    private HttpReply read(HttpResponse<InputStream> response, URI uri) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(maxResponseBytes + 1);
            boolean truncated = bytes.length > maxResponseBytes;
            int length = truncated ? maxResponseBytes : bytes.length;
            return new HttpReply(response.statusCode(), contentType, new String(bytes, 0, length, charsetOf(contentType)),
                    truncated, uri.toString());
        } catch (IOException e) {
            throw new TransientToolFailure("Reading the answer of " + uri + " failed: " + e.getMessage());
        }
    }

    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static Charset charsetOf(String contentType) {
        int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (at >= 0) {
            String name = contentType.substring(at + 8).split("[;\\s]")[0].replace("\"", "");
            try {
                return Charset.forName(name);
            } catch (RuntimeException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
