package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testing.liberty.LibertyServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Observability on a server of its own with tracing on (OpenTelemetry's logging exporter, so spans land in
 * messages.log), JSON logs and debug logging of the platform's packages: a request's W3C trace goes over the A2A hop
 * to the specialist and into the tool call, the log records of its work carry the trace, task and A2A task ids,
 * no secret reaches the log, and /metrics counts and times tasks, A2A calls, tools, workflow nodes and ingestion.
 */
class ObservabilityIT {

    private static final String PASSWORD = "observability-admin-password";
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)\\}\\s+(\\S+)$");
    private static LibertyServer server;
    private static Api api;
    private static String token;

    @BeforeAll
    static void start() {
        server = LibertyServer.freshCopy("e2e-observability", Integer.getInteger("it.port.observability", 19093),
                Map.of("SWITCHBOARD_ADMIN_PASSWORD", PASSWORD,
                        "OTEL_SDK_DISABLED", "false",
                        "OTEL_TRACES_EXPORTER", "logging",
                        "OTEL_METRICS_EXPORTER", "none",
                        "OTEL_LOGS_EXPORTER", "none",
                        "OTEL_SERVICE_NAME", "switchboard-it",
                        "WLP_LOGGING_MESSAGE_FORMAT", "json",
                        "WLP_LOGGING_MESSAGE_SOURCE", "message,trace",
                        "SWITCHBOARD_LOG_TRACE_SPECIFICATION", "*=info:io.switchboard.*=fine"));
        server.start();
        api = new Api(server.baseUrl());
        token = api.token("admin", PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aRequestsTraceCrossesTheA2aHopAndItsLogRecordsCarryTraceAndTaskIds() throws Exception {
        String traceId = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        String traceparent = "00-" + traceId + "-00f067aa0ba902b7-01";
        JsonObject result = executeTask("what is 2+3*4?", traceparent);
        assertThat(result.getString("status")).as(result.toString()).isEqualTo("completed");
        assertThat(result.getString("agent")).isEqualTo("tool");
        String taskId = result.getString("taskId");

        List<JsonObject> spans = awaitRecords(r -> r.getString("module", "").endsWith("LoggingSpanExporter")
                && r.getString("message", "").contains(traceId), 4);
        List<String> spanLines = spans.stream().map(r -> r.getString("message")).toList();
        assertThat(spanLines).as("spans of trace " + traceId)
                .anyMatch(m -> m.startsWith("'POST /api/execute-task' : " + traceId) && m.contains(" SERVER "))
                .anyMatch(m -> m.startsWith("'POST /a2a/agents/{agentId}' : " + traceId) && m.contains(" SERVER "))
                .anyMatch(m -> m.startsWith("'tool.invoke' : " + traceId) && m.contains("switchboard.tool=calculator"))
                .anyMatch(m -> m.contains(" CLIENT ") && m.contains("/a2a/agents/"));

        List<JsonObject> orchestrator = records(r -> taskId.equals(r.getString("ext_taskId", null))
                && r.getString("module", "").endsWith("TaskExecutionService"));
        assertThat(orchestrator).as("the orchestrator's records of task " + taskId).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getString("ext_traceId", null)).isEqualTo(traceId));
        List<JsonObject> specialist = records(r -> taskId.equals(r.getString("ext_taskId", null))
                && r.containsKey("ext_a2aTaskId"));
        assertThat(specialist).as("the specialist's records, behind the A2A hop").isNotEmpty()
                .allSatisfy(r -> assertThat(r.getString("ext_traceId", null)).isEqualTo(traceId));

        String log = server.messages();
        assertThat(log).as("no password or token in the log").doesNotContain(PASSWORD)
                .doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    }

    @Test
    void metricsCountAndTimeTasksCallsToolsWorkflowNodesAndIngestion() throws Exception {
        double tasksBefore = sum(metrics(), "switchboard_tasks_total", Map.of("agent", "tool", "outcome", "completed"));
        executeTask("what is 6*7?", null);
        runWorkflow();
        ingestOneDocument();

        String text = metrics();
        assertThat(text).contains("# HELP switchboard_tasks_total").contains("# TYPE switchboard_tasks_total counter");
        assertThat(sum(text, "switchboard_tasks_total", Map.of("agent", "tool", "outcome", "completed")))
                .isGreaterThanOrEqualTo(tasksBefore + 1);
        assertThat(sum(text, "switchboard_a2a_calls_total", Map.of("target", "tool", "outcome", "completed")))
                .isGreaterThanOrEqualTo(1);
        assertThat(sum(text, "switchboard_a2a_call_duration_seconds_bucket", Map.of("target", "tool", "le", "+Inf")))
                .as("a histogram with buckets").isGreaterThanOrEqualTo(1);
        assertThat(sum(text, "switchboard_a2a_circuit_state", Map.of("target", "tool"))).as("closed").isZero();
        assertThat(text).contains("switchboard_a2a_circuit_state{");
        assertThat(sum(text, "switchboard_tool_calls_total", Map.of("tool", "calculator", "outcome", "succeeded")))
                .isGreaterThanOrEqualTo(2);
        assertThat(sum(text, "switchboard_workflow_runs_total", Map.of("workflow", "observed", "state", "completed")))
                .isEqualTo(1);
        assertThat(sum(text, "switchboard_workflow_node_duration_seconds_count", Map.of("type", "tool")))
                .isEqualTo(1);
        assertThat(sum(text, "switchboard_ingestion_documents_total", Map.of("outcome", "indexed"))).isEqualTo(1);
        assertThat(sum(text, "switchboard_ingestion_chunks_total", Map.of())).isGreaterThanOrEqualTo(1);
    }

    private static JsonObject executeTask(String input, String traceparent) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/execute-task"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("input", input).build()
                        .toString()));
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> reply = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
            return json(reply.body());
        }
    }

    private static void runWorkflow() throws InterruptedException {
        Api.Reply created = api.post("/api/workflows", token, """
                {"name":"observed","nodes":[{"id":"start","type":"start"},
                  {"id":"calc","type":"tool","config":{"tool":"calculator","arguments":{"expression":"1+2"}}},
                  {"id":"end","type":"end"}],
                 "edges":[{"from":"start","to":"calc"},{"from":"calc","to":"end"}]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.Reply started = api.post("/api/workflows/" + created.json().getString("id") + "/runs", token,
                "{\"inputs\":{}}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String run = started.json().getString("id");
        for (int i = 0; i < 120; i++) {
            String state = api.get("/api/runs/" + run, token).json().getString("state");
            if ("completed".equals(state)) {
                return;
            }
            assertThat(state).isIn("queued", "running");
            Thread.sleep(250);
        }
        throw new AssertionError("run " + run + " did not complete");
    }

    private static void ingestOneDocument() throws InterruptedException {
        Api.Reply collection = api.post("/api/collections", token, "{\"name\":\"observed\"}");
        assertThat(collection.status()).as(collection.body()).isEqualTo(201);
        String documents = "/api/collections/" + collection.json().getString("id") + "/documents";
        Api.Reply upload = api.upload(documents, token, List.of(new Api.FilePart("fox.md", "text/markdown",
                "# Fox\n\nThe quick brown fox jumps over the lazy dog.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(upload.status()).as(upload.body()).isEqualTo(202);
        for (int i = 0; i < 120; i++) {
            // the counters move once the chunk's transaction has committed and the search index has the chunks
            if (sum(metrics(), "switchboard_ingestion_documents_total", Map.of("outcome", "indexed")) > 0) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no indexed document counted: " + api.get(documents, token).body());
    }

    private static String metrics() {
        Api.Reply reply = api.get("/metrics?scope=application", null);
        assertThat(reply.status()).as("open to scrapers without a token").isEqualTo(200);
        return reply.body();
    }

    /** The sum of the samples of {@code name} whose labels include all of {@code labels}. */
    private static double sum(String text, String name, Map<String, String> labels) {
        double total = 0;
        for (String line : text.split("\n")) {
            Matcher m = SAMPLE.matcher(line.strip());
            if (m.matches() && m.group(1).equals(name)
                    && labels.entrySet().stream().allMatch(e -> m.group(2).contains(e.getKey() + "=\"" + e.getValue() + "\""))) {
                total += Double.parseDouble(m.group(3));
            }
        }
        return total;
    }

    private static List<JsonObject> awaitRecords(Predicate<JsonObject> which, int atLeast) throws InterruptedException {
        List<JsonObject> found = List.of();
        for (int i = 0; i < 40 && found.size() < atLeast; i++) {
            Thread.sleep(250);
            found = records(which);
        }
        return found;
    }

    /** The JSON records of messages.log that match. */
    private static List<JsonObject> records(Predicate<JsonObject> which) {
        List<JsonObject> matching = new ArrayList<>();
        for (String line : server.messages().split("\n")) {
            if (line.startsWith("{")) {
                JsonObject record = json(line);
                if (which.test(record)) {
                    matching.add(record);
                }
            }
        }
        return matching;
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
