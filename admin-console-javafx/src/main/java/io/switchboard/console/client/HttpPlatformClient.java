package io.switchboard.console.client;

import io.switchboard.api.agent.AgentRequest;
import io.switchboard.api.agent.AgentVersionView;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.agent.RollbackRequest;
import io.switchboard.api.client.ToolsApi;
import io.switchboard.api.task.ExecuteTaskRequest;
import io.switchboard.api.task.ReplyUpdate;
import io.switchboard.api.task.TaskResult;
import io.switchboard.api.tool.InvokeToolRequest;
import io.switchboard.api.tool.McpServerView;
import io.switchboard.api.tool.ToolAuditEntry;
import io.switchboard.api.tool.ToolInvocationResult;
import io.switchboard.api.tool.ToolView;
import io.switchboard.api.auth.TokenRequest;
import io.switchboard.api.auth.TokenResponse;
import io.switchboard.api.client.AgentsApi;
import io.switchboard.api.client.ApiCallException;
import io.switchboard.api.client.AuthApi;
import io.switchboard.api.client.EventsApi;
import io.switchboard.api.client.FileUpload;
import io.switchboard.api.client.KnowledgeApi;
import io.switchboard.api.client.StatusApi;
import io.switchboard.api.knowledge.CollectionView;
import io.switchboard.api.knowledge.CreateCollectionRequest;
import io.switchboard.api.knowledge.DocumentView;
import io.switchboard.api.knowledge.IngestionProgress;
import io.switchboard.api.knowledge.QueryRequest;
import io.switchboard.api.knowledge.QueryResult;
import io.switchboard.api.status.PlatformStatus;
import io.switchboard.api.usage.UsageReport;
import io.switchboard.api.client.RunsApi;
import io.switchboard.api.client.WorkflowsApi;
import io.switchboard.api.event.ExecutionEventView;
import io.switchboard.api.problem.Problem;
import io.switchboard.api.workflow.ApprovalRequest;
import io.switchboard.api.workflow.RunRequest;
import io.switchboard.api.workflow.RunView;
import io.switchboard.api.workflow.WorkflowCheck;
import io.switchboard.api.workflow.WorkflowDocument;
import io.switchboard.api.workflow.WorkflowVersionRequest;
import io.switchboard.api.workflow.WorkflowVersionView;
import io.switchboard.api.workflow.WorkflowView;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The platform's REST and SSE API over HTTP, as the signed-in user. Thread-safe; every call blocks, so the
 * console makes them through its background tasks, never on the FX thread.
 */
public final class HttpPlatformClient
        implements AuthApi, AgentsApi, WorkflowsApi, RunsApi, EventsApi, StatusApi, KnowledgeApi, ToolsApi {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final Type AGENTS = new ArrayList<AgentView>() { }.getClass().getGenericSuperclass();
    private static final Type WORKFLOWS = new ArrayList<WorkflowView>() { }.getClass().getGenericSuperclass();
    private static final Type VERSIONS = new ArrayList<WorkflowVersionView>() { }.getClass().getGenericSuperclass();
    private static final Type RUNS = new ArrayList<RunView>() { }.getClass().getGenericSuperclass();
    private static final Type AGENT_VERSIONS = new ArrayList<AgentVersionView>() { }.getClass().getGenericSuperclass();
    private static final Type TOOLS = new ArrayList<ToolView>() { }.getClass().getGenericSuperclass();
    private static final Type AUDIT = new ArrayList<ToolAuditEntry>() { }.getClass().getGenericSuperclass();
    private static final Type MCP_SERVERS = new ArrayList<McpServerView>() { }.getClass().getGenericSuperclass();
    private static final Type COLLECTIONS = new ArrayList<CollectionView>() { }.getClass().getGenericSuperclass();
    private static final Type DOCUMENTS = new ArrayList<DocumentView>() { }.getClass().getGenericSuperclass();

    private final String server;
    private final HttpClient http;
    private volatile String token;
    private volatile Runnable onUnauthorized = () -> { };

    public HttpPlatformClient(String server) {
        this.server = ServerAddress.normalise(server);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public String server() {
        return server;
    }

    /** Signs in: a token for the user, kept for every later call. */
    public Session signIn(String user, String password) {
        TokenResponse response = token(new TokenRequest(user, password));
        token = response.accessToken();
        return Session.of(server, user, response.accessToken(), response.expiresIn());
    }

    public void signOut() {
        token = null;
    }

    /** Called (on the calling thread) when the server refuses the token, e.g. because it expired. */
    public void onUnauthorized(Runnable action) {
        onUnauthorized = action;
    }

    @Override
    public TokenResponse token(TokenRequest request) {
        return call("POST", "/api/auth/token", request, TokenResponse.class);
    }

    @Override
    public List<AgentView> agents() {
        return call("GET", "/api/agents", null, AGENTS);
    }

    @Override
    public AgentView enable(String idOrName) {
        return call("POST", "/api/agents/" + segment(idOrName) + "/enable", null, AgentView.class);
    }

    @Override
    public AgentView disable(String idOrName) {
        return call("POST", "/api/agents/" + segment(idOrName) + "/disable", null, AgentView.class);
    }

    @Override
    public void delete(String idOrName) {
        call("DELETE", "/api/agents/" + segment(idOrName), null, Void.class);
    }

    @Override
    public AgentView create(AgentRequest request) {
        return call("POST", "/api/agents", request, AgentView.class);
    }

    @Override
    public AgentView update(String idOrName, AgentRequest request) {
        return call("PUT", "/api/agents/" + segment(idOrName), request, AgentView.class);
    }

    @Override
    public List<AgentVersionView> agentVersions(String idOrName) {
        return call("GET", "/api/agents/" + segment(idOrName) + "/versions", null, AGENT_VERSIONS);
    }

    @Override
    public AgentView rollback(String idOrName, RollbackRequest request) {
        return call("POST", "/api/agents/" + segment(idOrName) + "/rollback", request, AgentView.class);
    }

    @Override
    public TaskResult execute(ExecuteTaskRequest request) {
        return call("POST", "/api/execute-task", request, TaskResult.class);
    }

    @Override
    public List<ToolView> tools() {
        return call("GET", "/api/tools", null, TOOLS);
    }

    @Override
    public ToolInvocationResult invoke(String idOrName, InvokeToolRequest request) {
        return call("POST", "/api/tools/" + segment(idOrName) + "/invoke", request, ToolInvocationResult.class);
    }

    @Override
    public List<ToolAuditEntry> audit(String tool, int limit) {
        return call("GET", "/api/tools/audit?limit=" + limit + (tool == null ? "" : "&tool=" + query(tool)), null,
                AUDIT);
    }

    @Override
    public List<McpServerView> mcpServers() {
        return call("GET", "/api/mcp/servers", null, MCP_SERVERS);
    }

    @Override
    public McpServerView refreshMcpServer(String id) {
        return call("POST", "/api/mcp/servers/" + segment(id) + "/refresh", null, McpServerView.class);
    }

    @Override
    public McpServerView registerMcpServer(io.switchboard.api.tool.McpServerRequest request) {
        HttpRequest post = authorised(HttpRequest.newBuilder(URI.create(server + "/api/mcp/servers")))
                .timeout(Duration.ofMinutes(2)) // starting a stdio server (npx …) can take the server's whole minute
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonCodec.write(request))).build();
        return send(post, "/api/mcp/servers", McpServerView.class);
    }

    @Override
    public void deleteMcpServer(String id) {
        call("DELETE", "/api/mcp/servers/" + segment(id), null, Void.class);
    }

    @Override
    public List<WorkflowView> workflows() {
        return call("GET", "/api/workflows", null, WORKFLOWS);
    }

    @Override
    public WorkflowView workflow(String idOrName) {
        return call("GET", "/api/workflows/" + segment(idOrName), null, WorkflowView.class);
    }

    @Override
    public WorkflowView create(WorkflowDocument definition) {
        return call("POST", "/api/workflows", definition, WorkflowView.class);
    }

    @Override
    public WorkflowView newVersion(String id, WorkflowVersionRequest request) {
        return call("POST", "/api/workflows/" + segment(id) + "/versions", request, WorkflowView.class);
    }

    @Override
    public List<WorkflowVersionView> versions(String id) {
        return call("GET", "/api/workflows/" + segment(id) + "/versions", null, VERSIONS);
    }

    @Override
    public WorkflowVersionView version(String id, int version) {
        return call("GET", "/api/workflows/" + segment(id) + "/versions/" + version, null, WorkflowVersionView.class);
    }

    @Override
    public WorkflowCheck validate(WorkflowDocument definition) {
        return call("POST", "/api/workflows/validate", definition, WorkflowCheck.class);
    }

    @Override
    public RunView start(String workflowId, RunRequest request) {
        return call("POST", "/api/workflows/" + segment(workflowId) + "/runs", request, RunView.class);
    }

    @Override
    public RunView run(String runId) {
        return call("GET", "/api/runs/" + segment(runId), null, RunView.class);
    }

    @Override
    public List<RunView> runs(String workflow, String state, int limit) {
        StringBuilder path = new StringBuilder("/api/runs?limit=").append(limit);
        if (workflow != null && !workflow.isBlank()) {
            path.append("&workflow=").append(query(workflow));
        }
        if (state != null && !state.isBlank()) {
            path.append("&state=").append(query(state));
        }
        return call("GET", path.toString(), null, RUNS);
    }

    @Override
    public RunView decide(String runId, String nodeId, ApprovalRequest decision) {
        return call("POST", "/api/runs/" + segment(runId) + "/approvals/" + segment(nodeId), decision, RunView.class);
    }

    @Override
    public RunView stop(String runId) {
        return call("POST", "/api/runs/" + segment(runId) + "/stop", null, RunView.class);
    }

    @Override
    public RunView restart(String runId) {
        return call("POST", "/api/runs/" + segment(runId) + "/restart", null, RunView.class);
    }

    @Override
    public AutoCloseable subscribe(String task, long after, Consumer<ExecutionEventView> onEvent,
                                   Consumer<Throwable> onEnd) {
        StringBuilder path = new StringBuilder("/api/events");
        String separator = "?";
        if (task != null) {
            path.append(separator).append("task=").append(query(task));
            separator = "&";
        }
        if (after >= 0) {
            path.append(separator).append("after=").append(after);
        }
        return stream(path.toString(), data -> onEvent.accept(JsonCodec.read(data, ExecutionEventView.class)), onEnd);
    }

    @Override
    public PlatformStatus status() {
        return call("GET", "/api/status", null, PlatformStatus.class);
    }

    @Override
    public UsageReport usageToday() {
        return call("GET", "/api/usage?by=agent", null, UsageReport.class);
    }

    @Override
    public List<CollectionView> collections() {
        return call("GET", "/api/collections", null, COLLECTIONS);
    }

    @Override
    public CollectionView createCollection(CreateCollectionRequest request) {
        return call("POST", "/api/collections", request, CollectionView.class);
    }

    @Override
    public List<DocumentView> documents(String collectionId) {
        return call("GET", "/api/collections/" + segment(collectionId) + "/documents", null, DOCUMENTS);
    }

    @Override
    public List<DocumentView> upload(String collectionId, List<FileUpload> files) {
        Multipart body = Multipart.of(files);
        HttpRequest request = authorised(HttpRequest.newBuilder(URI.create(server + "/api/collections/"
                + segment(collectionId) + "/documents")))
                .timeout(Duration.ofMinutes(5)).header("Accept", "application/json")
                .header("Content-Type", body.contentType()).POST(body.publisher()).build();
        return send(request, request.uri().getPath(), DOCUMENTS);
    }

    @Override
    public IngestionProgress progress(String collectionId) {
        return call("GET", "/api/collections/" + segment(collectionId) + "/ingestion", null, IngestionProgress.class);
    }

    @Override
    public AutoCloseable followIngestion(String collectionId, Consumer<IngestionProgress> onProgress,
                                         Consumer<Throwable> onEnd) {
        return stream("/api/collections/" + segment(collectionId) + "/ingestion/events",
                data -> onProgress.accept(JsonCodec.read(data, IngestionProgress.class)), onEnd);
    }

    @Override
    public QueryResult query(String collectionId, QueryRequest request) {
        return call("POST", "/api/collections/" + segment(collectionId) + "/query", request, QueryResult.class);
    }

    @Override
    public AutoCloseable executeStreaming(ExecuteTaskRequest request, Consumer<ReplyUpdate> onUpdate,
                                          Consumer<Throwable> onEnd) {
        A2aReplies replies = new A2aReplies();
        HttpRequest call = authorised(HttpRequest.newBuilder(URI.create(server + "/a2a")))
                .header("Accept", "text/event-stream").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(A2aReplies.request(request))).build();
        return stream(call, data -> replies.read(data).forEach(onUpdate), onEnd);
    }

    private AutoCloseable stream(String path, Consumer<String> onData, Consumer<Throwable> onEnd) {
        return stream(authorised(HttpRequest.newBuilder(URI.create(server + path)))
                .header("Accept", "text/event-stream").GET().build(), onData, onEnd);
    }

    private AutoCloseable stream(HttpRequest request, Consumer<String> onData, Consumer<Throwable> onEnd) {
        Runnable refusedToken = () -> {
            if (token != null) {
                onUnauthorized.run(); // a stream refused for an expired token leads back to sign-in, as calls do
            }
        };
        EventStreamReader reader = new EventStreamReader(http, request, onData, onEnd, refusedToken);
        reader.start();
        return reader;
    }

    private <T> T call(String method, String path, Object body, Type type) {
        HttpRequest.Builder builder = authorised(HttpRequest.newBuilder(URI.create(server + path)))
                .timeout(CALL_TIMEOUT).header("Accept", "application/json");
        if (body != null) {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JsonCodec.write(body)));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(builder.build(), path, type);
    }

    private <T> T send(HttpRequest request, String path, Type type) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw ApiCallException.unreachable(server, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiCallException.unreachable(server, e);
        }
        if (response.statusCode() >= 400) {
            if (response.statusCode() == 401 && token != null && !path.equals("/api/auth/token")) {
                onUnauthorized.run();
            }
            throw refusal(response.statusCode(), response.body());
        }
        return response.body().isBlank() ? null : JsonCodec.read(response.body(), type);
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder builder) {
        String current = token;
        return current == null ? builder : builder.header("Authorization", "Bearer " + current);
    }

    static ApiCallException refusal(int status, String body) {
        Problem problem = null;
        try {
            problem = body == null || body.isBlank() ? null : JsonCodec.read(body, Problem.class);
        } catch (RuntimeException notAProblem) {
            // a proxy's HTML page, say: the status alone must do
        }
        String message = problem == null ? "HTTP " + status
                : problem.detail() != null && !problem.detail().isBlank() ? problem.detail()
                : problem.title() != null ? problem.title() : "HTTP " + status;
        return new ApiCallException(status, problem, message);
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Reads one SSE response on a daemon thread; closing it closes the connection. */
    private static final class EventStreamReader implements AutoCloseable {

        private final HttpClient http;
        private final HttpRequest request;
        private final Consumer<String> onData;
        private final Consumer<Throwable> onEnd;
        private final Thread thread;
        private volatile InputStream body;
        private volatile boolean closed;

        private final Runnable onUnauthorized;

        EventStreamReader(HttpClient http, HttpRequest request, Consumer<String> onData, Consumer<Throwable> onEnd,
                          Runnable onUnauthorized) {
            this.onUnauthorized = onUnauthorized;
            this.http = http;
            this.request = request;
            this.onData = onData;
            this.onEnd = onEnd;
            this.thread = Thread.ofPlatform().daemon().name("console-events").unstarted(this::read);
        }

        void start() {
            thread.start();
        }

        private void read() {
            Throwable failure = null;
            try {
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                body = response.body();
                if (response.statusCode() >= 400) {
                    if (response.statusCode() == 401) {
                        onUnauthorized.run();
                    }
                    try (InputStream in = body) {
                        throw refusal(response.statusCode(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
                if (closed) {
                    body.close(); // closed while connecting: close() found no stream to close yet
                    return;
                }
                if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
                    SseLines.read(body, onData);
                } else {
                    try (InputStream in = body) { // a JSON-RPC error is answered as plain JSON, not as a stream
                        String whole = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        if (!whole.isBlank()) {
                            onData.accept(whole);
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                failure = closed ? null : e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                if (!closed) {
                    onEnd.accept(failure);
                }
            }
        }

        @Override
        public void close() {
            closed = true;
            InputStream in = body;
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
            thread.interrupt();
        }
    }
}
