package io.switchboard.console.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.switchboard.api.client.ApiCallException;
import io.switchboard.api.event.ExecutionEventView;
import io.switchboard.api.task.ExecuteTaskRequest;
import io.switchboard.api.task.ReplyUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP client against a small scripted server: tokens, problems, the 401 hook and the SSE stream. */
class HttpPlatformClientTest {

    private final HttpServer server;
    private final AtomicReference<String> lastAuthorization = new AtomicReference<>();
    private final AtomicReference<String> uploadContentType = new AtomicReference<>();
    private final AtomicReference<String> uploadBody = new AtomicReference<>();
    private final AtomicReference<String> a2aRequest = new AtomicReference<>();
    private final AtomicReference<String> mcpRequest = new AtomicReference<>();
    private final String token = "h." + Base64.getUrlEncoder().withoutPadding().encodeToString(
            "{\"upn\":\"ann\",\"groups\":[\"operator\"],\"exp\":4102444800}".getBytes(StandardCharsets.UTF_8)) + ".s";

    HttpPlatformClientTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/auth/token", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (body.contains("\"password\":\"right\"")) {
                send(ex, 200, "application/json", "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\","
                        + "\"expires_in\":3600}");
            } else {
                send(ex, 401, "application/problem+json", "{\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"wrong user name or password\"}");
            }
        });
        server.createContext("/api/workflows/validate", ex -> {
            lastAuthorization.set(ex.getRequestHeaders().getFirst("Authorization"));
            send(ex, 400, "application/problem+json", "{\"title\":\"Bad Request\",\"status\":400,\"detail\":"
                    + "\"The request is invalid\",\"errors\":[{\"field\":\"nodes[a].type\",\"message\":\"unknown\"}]}");
        });
        server.createContext("/api/agents", ex -> send(ex, 401, "application/problem+json",
                "{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"token expired\"}"));
        server.createContext("/api/collections/c1/documents", ex -> {
            uploadContentType.set(ex.getRequestHeaders().getFirst("Content-Type"));
            uploadBody.set(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            send(ex, 202, "application/json", "[{\"id\":\"d1\",\"name\":\"a.md\",\"status\":\"pending\"}]");
        });
        server.createContext("/api/agents/", ex -> {
            lastAuthorization.set(ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath());
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.createContext("/api/runs/html", ex -> send(ex, 502, "text/html", "<html>bad gateway</html>"));
        server.createContext("/api/events", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write((": execution events after 0\n\n"
                        + "id: 7\nevent: node.completed\ndata: {\"id\":7,\"type\":\"node.completed\",\"taskId\":\"r1\",\n"
                        + "data: \"at\":\"2026-01-01T00:00:00Z\"}\n\n"
                        + "id: 8\nevent: run.completed\ndata: {\"id\":8,\"type\":\"run.completed\",\"taskId\":\"r1\"}\n\n"
                        + "query: " + ex.getRequestURI().getQuery() + "\n\n").getBytes(StandardCharsets.UTF_8));
            }
        });
        server.createContext("/api/collections/expired/ingestion/events", ex -> send(ex, 401,
                "application/problem+json", "{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"token expired\"}"));
        server.createContext("/api/mcp/servers", ex -> {
            mcpRequest.set(ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath() + " "
                    + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if ("DELETE".equals(ex.getRequestMethod())) {
                ex.sendResponseHeaders(204, -1);
                ex.close();
                return;
            }
            send(ex, 201, "application/json", "{\"id\":\"m1\",\"name\":\"everything\",\"transport\":\"stdio\","
                    + "\"status\":\"connected\",\"tools\":[\"everything_echo\"],\"env\":[\"API_KEY\"]}");
        });
        server.createContext("/a2a", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            a2aRequest.set(ex.getRequestHeaders().getFirst("Accept") + " " + body);
            if (body.contains("\"agent\":\"nobody\"")) {
                send(ex, 200, "application/json", "{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"error\":{\"code\":-32602,"
                        + "\"message\":\"Invalid params: message.parts is required\"}}");
                return;
            }
            ex.getResponseHeaders().set("Content-Type", "text/event-stream");
            ex.sendResponseHeaders(200, 0);
            String rpc = "data: {\"jsonrpc\":\"2.0\",\"id\":\"x\",\"result\":";
            try (OutputStream out = ex.getResponseBody()) {
                out.write((rpc + "{\"kind\":\"task\",\"id\":\"t9\",\"contextId\":\"c9\",\"status\":{\"state\":"
                        + "\"submitted\"}}}\n\n"
                        + rpc + "{\"kind\":\"status-update\",\"taskId\":\"t9\",\"final\":false,\"status\":{\"state\":"
                        + "\"working\",\"message\":{\"role\":\"agent\",\"kind\":\"message\",\"messageId\":\"n1\","
                        + "\"metadata\":{\"switchboardAgent\":\"general\",\"switchboardRouting\":\"embedding\"},"
                        + "\"parts\":[{\"kind\":\"text\",\"text\":\"Routing to agent general\"}]}}}}\n\n"
                        + rpc + "{\"kind\":\"artifact-update\",\"taskId\":\"t9\",\"artifact\":{\"artifactId\":\"answer\","
                        + "\"parts\":[{\"kind\":\"text\",\"text\":\"Hel\"}]}}}\n\n"
                        + rpc + "{\"kind\":\"artifact-update\",\"taskId\":\"t9\",\"append\":true,\"artifact\":"
                        + "{\"artifactId\":\"answer\",\"parts\":[{\"kind\":\"text\",\"text\":\"lo\"}]}}}\n\n"
                        + rpc + "{\"kind\":\"artifact-update\",\"taskId\":\"t9\",\"artifact\":{\"artifactId\":"
                        + "\"sources\",\"parts\":[{\"kind\":\"text\",\"text\":\"[1] a.md\"}]}}}\n\n"
                        + rpc + "{\"kind\":\"status-update\",\"taskId\":\"t9\",\"final\":true,\"status\":{\"state\":"
                        + "\"completed\"}}}\n\n").getBytes(StandardCharsets.UTF_8));
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void signInKeepsTheTokenAndReadsTheRolesFromIt() {
        HttpPlatformClient client = new HttpPlatformClient(base() + "/");
        Session session = client.signIn("ann", "right");

        assertThat(session.roles()).containsExactly("operator");
        assertThat(session.canUseConsole()).isTrue();
        assertThat(session.canEdit()).isTrue();
        assertThat(session.server()).isEqualTo(base());

        assertThatThrownBy(() -> client.validate(null)).isInstanceOf(ApiCallException.class);
        assertThat(lastAuthorization.get()).isEqualTo("Bearer " + token);
    }

    @Test
    void deletingAnAgentSendsDeleteAndReadsTheEmptyAnswer() {
        HttpPlatformClient client = new HttpPlatformClient(base());
        client.delete("console echo");
        assertThat(lastAuthorization.get()).isEqualTo("DELETE /api/agents/console%20echo");
    }

    @Test
    void aWrongPasswordIsA401WithTheServersWords() {
        assertThatThrownBy(() -> new HttpPlatformClient(base()).signIn("ann", "wrong"))
                .isInstanceOfSatisfying(ApiCallException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.getMessage()).isEqualTo("wrong user name or password");
                });
    }

    @Test
    void problemsCarryTheirFieldErrorsAndOtherBodiesTheStatusAlone() {
        HttpPlatformClient client = new HttpPlatformClient(base());
        assertThatThrownBy(() -> client.validate(new io.switchboard.api.workflow.WorkflowDocument("x", null, null,
                null, null))).isInstanceOfSatisfying(ApiCallException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("nodes[a].type");
                });
        assertThatThrownBy(() -> client.run("html")).isInstanceOfSatisfying(ApiCallException.class, e -> {
            assertThat(e.status()).isEqualTo(502);
            assertThat(e.getMessage()).isEqualTo("HTTP 502");
        });
    }

    @Test
    void filesAreUploadedAsOneMultipartRequestWithAPartEach() {
        var stored = new HttpPlatformClient(base()).upload("c1", List.of(
                new io.switchboard.api.client.FileUpload("a.md", null, "# A".getBytes(StandardCharsets.UTF_8)),
                new io.switchboard.api.client.FileUpload("we\"ird\r\n.txt", "text/plain",
                        "b".getBytes(StandardCharsets.UTF_8))));

        assertThat(stored).extracting(d -> d.status()).containsExactly("pending");
        String boundary = uploadContentType.get().replaceFirst("^multipart/form-data; boundary=", "");
        assertThat(boundary).startsWith("switchboard-");
        assertThat(uploadBody.get()).isEqualTo("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"a.md\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n# A\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"we_ird__.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nb\r\n"
                + "--" + boundary + "--\r\n");
    }

    @Test
    void aRefusedTokenCallsTheUnauthorizedHook() {
        HttpPlatformClient client = new HttpPlatformClient(base());
        client.signIn("ann", "right");
        AtomicInteger calls = new AtomicInteger();
        client.onUnauthorized(calls::incrementAndGet);

        assertThatThrownBy(client::agents).isInstanceOf(ApiCallException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void aStreamRefusedForItsTokenCallsTheUnauthorizedHookToo() throws Exception {
        HttpPlatformClient client = new HttpPlatformClient(base());
        client.signIn("ann", "right");
        AtomicInteger calls = new AtomicInteger();
        client.onUnauthorized(calls::incrementAndGet);
        CompletableFuture<Throwable> ended = new CompletableFuture<>();

        client.followIngestion("expired", p -> { }, ended::complete);

        assertThat(ended.get(5, TimeUnit.SECONDS)).isInstanceOf(ApiCallException.class).hasMessage("token expired");
        assertThat(calls).hasValue(1);
    }

    @Test
    void anUnreachableServerSaysSo() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        HttpPlatformClient client = new HttpPlatformClient("http://127.0.0.1:" + port);
        assertThatThrownBy(() -> client.signIn("ann", "x")).isInstanceOfSatisfying(ApiCallException.class, e -> {
            assertThat(e.unreachable()).isTrue();
            assertThat(e.getMessage()).startsWith("Cannot reach the server at http://127.0.0.1:" + port);
        });
    }

    @Test
    void theEventStreamDeliversEachEventAndTheFilterReachesTheServer() throws Exception {
        HttpPlatformClient client = new HttpPlatformClient(base());
        List<ExecutionEventView> received = new CopyOnWriteArrayList<>();
        CompletableFuture<Throwable> ended = new CompletableFuture<>();

        try (AutoCloseable subscription = client.subscribe("r1", 5, received::add, ended::complete)) {
            assertThat(ended.get(10, TimeUnit.SECONDS)).isNull();
        }

        assertThat(received).extracting(ExecutionEventView::id).containsExactly(7L, 8L);
        assertThat(received.get(0).at()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(received.get(1).type()).isEqualTo("run.completed");
    }

    @Test
    void anMcpServerIsRegisteredWithItsCommandAndEnvironmentAndRemovedById() {
        HttpPlatformClient client = new HttpPlatformClient(base());
        var registered = client.registerMcpServer(new io.switchboard.api.tool.McpServerRequest("everything",
                List.of("npx", "-y", "server everything"), null, java.util.Map.of("API_KEY", "{{secret:K}}"), null));

        assertThat(registered.tools()).containsExactly("everything_echo");
        assertThat(mcpRequest.get()).startsWith("POST /api/mcp/servers {").contains(
                "\"command\":[\"npx\",\"-y\",\"server everything\"]", "\"env\":{\"API_KEY\":\"{{secret:K}}\"}")
                .doesNotContain("\"url\"");
        client.deleteMcpServer("m 1");
        assertThat(mcpRequest.get()).isEqualTo("DELETE /api/mcp/servers/m%201 ");
    }

    @Test
    void aStreamedReplyArrivesPieceByPieceThroughTheFrontDoor() throws Exception {
        HttpPlatformClient client = new HttpPlatformClient(base());
        List<ReplyUpdate> updates = new CopyOnWriteArrayList<>();
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        client.executeStreaming(new ExecuteTaskRequest(null, "hi", "c8", null), updates::add, ended::complete);

        assertThat(ended.get(5, TimeUnit.SECONDS)).isNull();
        assertThat(updates).containsExactly(ReplyUpdate.started("t9", "c9"), ReplyUpdate.routed("general", "embedding"),
                ReplyUpdate.text("Hel"), ReplyUpdate.text("lo"), ReplyUpdate.text("\n[1] a.md"),
                ReplyUpdate.ended("completed", ""));
        assertThat(a2aRequest.get()).startsWith("text/event-stream ").contains("\"method\":\"message/stream\"",
                "\"contextId\":\"c8\"", "\"text\":\"hi\"").doesNotContain("\"agent\"");
    }

    @Test
    void aJsonRpcErrorInsteadOfAStreamEndsItWithTheServersMessage() throws Exception {
        HttpPlatformClient client = new HttpPlatformClient(base());
        List<ReplyUpdate> updates = new CopyOnWriteArrayList<>();
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        client.executeStreaming(new ExecuteTaskRequest("nobody", "hi", null, null), updates::add, ended::complete);

        assertThat(ended.get(5, TimeUnit.SECONDS)).isInstanceOf(ApiCallException.class)
                .hasMessage("Invalid params: message.parts is required");
        assertThat(updates).isEmpty();
        assertThat(a2aRequest.get()).contains("\"metadata\":{\"agent\":\"nobody\"}");
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
