package io.switchboard.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A small HTTP client for the platform's REST and A2A endpoints, as an integrator would call them. */
final class Api {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Reply get(String path, String token) {
        return send(request(path, token).GET());
    }

    Reply post(String path, String token, String json) {
        return postAs(path, token, "application/json", json);
    }

    Reply postAs(String path, String token, String contentType, String body) {
        return send(request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON-RPC call to an A2A endpoint; {@code version} is the A2A-Version header, or null for none. */
    Reply rpc(String path, String token, String version, String body) {
        HttpRequest.Builder request = request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (version != null) {
            request.header("A2A-Version", version);
        }
        return send(request);
    }

    /** A streaming JSON-RPC call: the JSON of every SSE {@code data:} line, until the server ends the stream. */
    java.util.List<JsonObject> stream(String path, String token, String version, String body) {
        HttpRequest.Builder request = request(path, token).header("Content-Type", "application/json")
                .header("Accept", "text/event-stream").POST(HttpRequest.BodyPublishers.ofString(body));
        if (version != null) {
            request.header("A2A-Version", version);
        }
        try {
            HttpResponse<java.util.stream.Stream<String>> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200
                    || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
                throw new AssertionError("not an event stream: HTTP " + response.statusCode() + " "
                        + response.headers().firstValue("Content-Type").orElse("") + " "
                        + String.join("\n", response.body().toList()));
            }
            try (var lines = response.body()) {
                return lines.filter(l -> l.startsWith("data:"))
                        .map(l -> Json.createReader(new StringReader(l.substring(5).trim())).readObject()).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply put(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    /** One file of a multipart upload. */
    record FilePart(String fileName, String mediaType, byte[] content) {
    }

    /** A multipart/form-data POST with one part named {@code file} per file, as a browser form or curl -F sends it. */
    Reply upload(String path, String token, List<FilePart> files) {
        String boundary = "----switchboard-it-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (FilePart file : files) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + file.fileName() + "\"\r\nContent-Type: " + file.mediaType() + "\r\n\r\n";
            body.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return send(request(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The JSON of every {@code data:} line of a server-sent event stream (GET), until the server ends it. */
    List<JsonObject> events(String path, String token) {
        HttpRequest request = request(path, token).header("Accept", "text/event-stream").GET().build();
        try {
            HttpResponse<java.util.stream.Stream<String>> response = client.send(request,
                    HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                throw new AssertionError("not an event stream: HTTP " + response.statusCode() + " "
                        + String.join("\n", response.body().toList()));
            }
            try (var lines = response.body()) {
                return lines.filter(l -> l.startsWith("data:"))
                        .map(l -> Json.createReader(new StringReader(l.substring(5).trim())).readObject()).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a live stream gave: its status (and body when not 200), and the events read. */
    record LiveEvents(int status, String contentType, String body, List<SseEvent> events) {
    }

    /** One server-sent event: its id, name and data. */
    record SseEvent(String id, String name, String data) {
        JsonObject json() {
            return Json.createReader(new StringReader(data)).readObject();
        }
    }

    /**
     * Reads a live event stream (GET, with extra headers) until {@code until} holds for the events read so far, or
     * the timeout passes; then closes it. A status other than 200 is returned as the reply, with no events.
     */
    LiveEvents liveEvents(String path, String token, Map<String, String> headers,
                      java.util.function.Predicate<List<SseEvent>> until, Duration timeout) {
        HttpRequest.Builder request = request(path, token).header("Accept", "text/event-stream").GET();
        headers.forEach(request::header);
        List<SseEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        try {
            HttpResponse<java.util.stream.Stream<String>> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                return new LiveEvents(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        String.join("\n", response.body().toList()), List.of());
            }
            java.util.stream.Stream<String> lines = response.body();
            Thread watchdog = Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(timeout.toMillis());
                    lines.close();
                } catch (InterruptedException e) {
                    // done in time
                }
            });
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            try {
                java.util.Iterator<String> it = lines.iterator();
                while (it.hasNext()) {
                    String line = it.next();
                    if (line.isEmpty()) {
                        if (!data.isEmpty()) {
                            events.add(new SseEvent(id, name, data.toString()));
                            if (until.test(events)) {
                                break;
                            }
                        }
                        id = null;
                        name = null;
                        data.setLength(0);
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    }
                }
            } catch (RuntimeException e) {
                // closed by the watchdog
            } finally {
                watchdog.interrupt();
                lines.close();
            }
            return new LiveEvents(200, "text/event-stream", "", List.copyOf(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET with extra headers. */
    Reply get(String path, String token, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, token).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** A token for the user, asserting the sign-in worked. */
    String token(String username, String password) {
        Reply reply = post("/api/auth/token", null, Json.createObjectBuilder()
                .add("username", username).add("password", password).build().toString());
        if (reply.status() != 200) {
            throw new AssertionError("sign-in of " + username + " failed: " + reply);
        }
        return reply.json().getString("access_token");
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One HTTP answer. */
    record Reply(int status, String contentType, String location, String body, Map<String, List<String>> headers) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        JsonObject json() {
            return structure().asJsonObject();
        }

        JsonStructure structure() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("not JSON: " + this, e);
            }
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return "HTTP " + status + " [" + contentType + "] " + body;
        }
    }
}
