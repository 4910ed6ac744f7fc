package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.mcp.client.DefaultMcpClient;
import dev.langchain4j.mcp.client.McpClient;
import dev.langchain4j.mcp.client.transport.http.StreamableHttpMcpTransport;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MCP in both directions against a real server. As a client: the official MCP reference server
 * "everything" from the npm registry — package {@value #EVERYTHING}, launched with npx — registered once by
 * stdio command and once by streamable-HTTP URL; its tools are discovered, invoked through the API and through
 * the tool agent, the stdio server is started again after it is killed, and a stopped HTTP server fails
 * clearly. As a server: LangChain4j's MCP client (not written here) lists and calls Switchboard's tools and
 * agents at /mcp with a JWT.
 */
class McpIT {

    /** The MCP reference server of modelcontextprotocol/servers, pinned. */
    static final String EVERYTHING = "@modelcontextprotocol/server-everything@2026.8.31";

    private static Api api;
    private static String admin;
    private static Process httpServer;
    private static int httpPort;

    @BeforeAll
    static void signIn() {
        api = SharedPlatform.api();
        admin = SharedPlatform.adminToken();
    }

    @AfterAll
    static void stopHttpServer() {
        stop(httpServer);
    }

    @Test
    void aStdioServersToolsAreDiscoveredCalledByAnAgentAndSurviveACrash() throws Exception {
        Api.Reply registered = api.post("/api/mcp/servers", admin,
                "{\"name\":\"everything\",\"command\":[\"npx\",\"-y\",\"" + EVERYTHING + "\"]}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        JsonObject server = registered.json();
        assertThat(server.getString("status")).as(server.toString()).isEqualTo("connected");
        assertThat(server.getString("transport")).isEqualTo("stdio");
        assertThat(strings(server, "tools")).contains("everything_echo", "everything_get-sum");

        JsonObject sum = api.get("/api/tools/everything_get-sum", admin).json();
        assertThat(sum.getString("kind")).isEqualTo("mcp");
        assertThat(sum.getString("mcpToolName")).isEqualTo("get-sum");
        assertThat(sum.getJsonObject("parameters").getJsonObject("properties").keySet()).contains("a", "b");

        Api.Reply five = api.post("/api/tools/everything_get-sum/invoke", admin, "{\"arguments\":{\"a\":2,\"b\":3}}");
        assertThat(five.json().getString("status")).as(five.body()).isEqualTo("succeeded");
        assertThat(five.json().getString("text")).contains("5");
        assertThat(api.post("/api/tools/everything_get-sum/invoke", admin, "{\"arguments\":{\"a\":\"two\"}}").status())
                .as("the server's schema is checked before the call").isEqualTo(400);

        String echoRequest = "{\"agent\":\"tool\",\"input\":"
                + "\"everything_echo {\\\"message\\\": \\\"hello from the tool agent\\\"}\"}";
        JsonObject refused = api.post("/api/execute-task", admin, echoRequest).json();
        assertThat(refused.getString("status")).as("an MCP tool is not for agents until an admin says so")
                .isEqualTo("failed");
        assertThat(refused.getString("error")).contains("invoke roles include 'agent'");
        Api.Reply granted = api.put("/api/tools/everything_echo", admin,
                "{\"name\":\"everything_echo\",\"kind\":\"mcp\",\"invokeRoles\":[\"admin\",\"operator\",\"agent\"]}");
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        JsonObject byAgent = api.post("/api/execute-task", admin, echoRequest).json();
        assertThat(byAgent.getString("status")).as(byAgent.toString()).isEqualTo("completed");
        assertThat(byAgent.getString("output")).contains("Echo: hello from the tool agent");
        JsonObject audited = api.get("/api/tools/audit?tool=everything_echo&callerType=agent&taskId="
                + byAgent.getString("taskId"), admin).structure().asJsonArray().getJsonObject(0);
        assertThat(audited.getString("caller")).isEqualTo("tool");
        assertThat(audited.getString("outcome")).isEqualTo("succeeded");

        List<ProcessHandle> processes = everythingProcesses();
        assertThat(processes).as("the stdio server runs as a child of the platform").isNotEmpty();
        processes.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : processes) {
            p.onExit().get();
        }
        Api.Reply afterCrash = api.post("/api/tools/everything_get-sum/invoke", admin, "{\"arguments\":{\"a\":20,\"b\":22}}");
        assertThat(afterCrash.json().getString("status")).as(afterCrash.body()).isEqualTo("succeeded");
        assertThat(afterCrash.json().getString("text")).contains("42");
        assertThat(afterCrash.json().getInt("durationMs")).as("restarted at once, not after a timeout").isLessThan(30_000);
        assertThat(everythingProcesses()).isNotEmpty();

        assertThat(api.post("/api/mcp/servers/everything/refresh", admin, "").json().getString("status"))
                .isEqualTo("connected");
        assertThat(api.post("/api/mcp/servers", admin, "{\"name\":\"everything\",\"command\":[\"npx\",\"x\"]}").status())
                .isEqualTo(409);
        assertThat(api.post("/api/mcp/servers", admin, "{\"name\":\"shell\",\"command\":[\"bash\",\"-c\",\"id\"]}").status())
                .isEqualTo(400);
        assertThat(api.delete("/api/tools/everything_echo", admin).status()).isEqualTo(409);
        assertThat(api.delete("/api/mcp/servers/everything", admin).status()).isEqualTo(204);
        assertThat(api.get("/api/tools/everything_echo", admin).status()).isEqualTo(404);
        awaitGone();
    }

    @Test
    void aStreamableHttpServerIsUsedAndFailsClearlyWhenItStops() throws Exception {
        httpPort = freePort();
        httpServer = startHttpServer(httpPort);
        Api.Reply registered = api.post("/api/mcp/servers", admin,
                "{\"name\":\"everything-http\",\"url\":\"http://127.0.0.1:" + httpPort + "/mcp\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().getString("status")).as(registered.body()).isEqualTo("connected");
        assertThat(strings(registered.json(), "tools")).contains("everything-http_echo");

        JsonObject echo = api.post("/api/tools/everything-http_echo/invoke", admin,
                "{\"arguments\":{\"message\":\"over HTTP\"}}").json();
        assertThat(echo.getString("text")).as(echo.toString()).isEqualTo("Echo: over HTTP");

        stop(httpServer);
        JsonObject down = api.post("/api/tools/everything-http_echo/invoke", admin,
                "{\"arguments\":{\"message\":\"anyone?\"}}").json();
        assertThat(down.getString("status")).isEqualTo("failed");
        assertThat(down.getString("error")).contains("everything-http");
        assertThat(api.get("/api/mcp/servers/everything-http", admin).json().getString("status")).isEqualTo("unavailable");

        httpServer = startHttpServer(httpPort);
        assertThat(api.post("/api/mcp/servers/everything-http/refresh", admin, "").json().getString("status"))
                .isEqualTo("connected");
        assertThat(api.post("/api/tools/everything-http_echo/invoke", admin, "{\"arguments\":{\"message\":\"back\"}}")
                .json().getString("text")).isEqualTo("Echo: back");
        assertThat(api.delete("/api/mcp/servers/everything-http", admin).status()).isEqualTo(204);
    }

    @Test
    void switchboardIsAnMcpServerForAnyMcpClient() throws Exception {
        try (McpClient client = client(admin)) {
            Set<String> names = client.listTools().stream().map(ToolSpecification::name).collect(Collectors.toSet());
            assertThat(names).contains("calculator", "unit_convert", "agent_echo", "agent_tool");
            assertThat(client.executeTool(ToolExecutionRequest.builder().id("1").name("calculator")
                    .arguments("{\"expression\":\"6 * 7\"}").build()).resultText()).isEqualTo("6 * 7 = 42");
            assertThat(client.executeTool(ToolExecutionRequest.builder().id("2").name("agent_echo")
                    .arguments("{\"message\":\"hello over MCP\"}").build()).resultText()).isEqualTo("hello over MCP");
            assertThat(client.executeTool(ToolExecutionRequest.builder().id("3").name("agent_tool")
                    .arguments("{\"message\":\"what is 15% of 200\"}").build()).resultText()).startsWith("15% of 200 = 30");
            assertThatThrownBy(() -> client.executeTool(ToolExecutionRequest.builder().id("4").name("calculator")
                    .arguments("{\"expr\":\"1\"}").build())).hasMessageContaining("expression");
        }
        String name = "mcp-viewer-" + System.nanoTime();
        api.post("/api/users", admin, "{\"username\":\"" + name + "\",\"password\":\"viewer-password-1\",\"roles\":[\"viewer\"]}");
        try (McpClient client = client(api.token(name, "viewer-password-1"))) {
            Set<String> names = client.listTools().stream().map(ToolSpecification::name).collect(Collectors.toSet());
            assertThat(names).contains("knowledge_search").doesNotContain("calculator", "agent_echo");
        }
        assertThatThrownBy(() -> client("not-a-token")).isInstanceOf(RuntimeException.class);

        Api.Reply get = api.get("/mcp", admin);
        assertThat(get.status()).isEqualTo(405);
        Api.Reply parse = api.post("/mcp", admin, "{\"jsonrpc\":");
        assertThat(parse.status()).isEqualTo(400);
        assertThat(parse.json().getJsonObject("error").getInt("code")).isEqualTo(-32700);
        JsonObject unknown = api.post("/mcp", admin, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"resources/list\"}").json();
        assertThat(unknown.getJsonObject("error").getInt("code")).isEqualTo(-32601);
        assertThat(unknown.getInt("id")).isEqualTo(7);
        assertThat(api.post("/mcp", admin, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").status())
                .isEqualTo(202);
        assertThat(api.post("/mcp", null, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}").status()).isEqualTo(401);
    }

    private static McpClient client(String token) {
        return new DefaultMcpClient.Builder()
                .transport(new StreamableHttpMcpTransport.Builder().url(SharedPlatform.server().baseUrl() + "/mcp")
                        .customHeaders(Map.of("Authorization", "Bearer " + token)).setHttpVersion1_1()
                        .timeout(Duration.ofSeconds(60)).build())
                .clientName("switchboard-it").initializationTimeout(Duration.ofSeconds(30)).autoHealthCheck(false)
                .build();
    }

    private static List<String> strings(JsonObject object, String member) {
        return object.getJsonArray(member).stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }

    /** The stdio server's processes (npm exec, its shell, node), not the HTTP server this test runs itself. */
    private static List<ProcessHandle> everythingProcesses() {
        Set<Long> own = httpServer == null ? Set.of() : java.util.stream.Stream.concat(java.util.stream.Stream.of(
                httpServer.toHandle()), httpServer.descendants()).map(ProcessHandle::pid).collect(Collectors.toSet());
        return ProcessHandle.allProcesses().filter(p -> !own.contains(p.pid()))
                .filter(p -> p.info().commandLine().orElse("").contains("server-everything")).toList();
    }

    private static void awaitGone() throws InterruptedException {
        for (int i = 0; i < 50 && !everythingProcesses().isEmpty(); i++) {
            Thread.sleep(200);
        }
        assertThat(everythingProcesses()).as("deleting the server ends its process").isEmpty();
    }

    private static Process startHttpServer(int port) throws IOException, InterruptedException {
        Path log = Files.createTempFile("mcp-everything-http", ".log");
        ProcessBuilder builder = new ProcessBuilder("npx", "-y", EVERYTHING, "streamableHttp");
        builder.environment().put("PORT", String.valueOf(port));
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        for (int i = 0; i < 300; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return process;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new AssertionError("the MCP HTTP server did not start: " + Files.readString(log));
                }
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the MCP HTTP server did not listen on port " + port + ": " + Files.readString(log));
    }

    private static void stop(Process process) {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.onExit().get();
            } catch (Exception ignored) {
                // gone either way
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
