package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testing.liberty.LibertyServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing of every REST and JSON-RPC operation of the live OpenAPI document with generated malformed requests
 * ({@link MalformedRequests}; {@code -Dfuzz.cases}, default 10,000, {@code -Dfuzz.seed}) as an administrator, on a
 * server of its own without rate limits. Every answer must be below 500, carry no stack trace or server
 * internals, be a problem document (REST) or a JSON-RPC response (A2A, MCP; parse errors with id null); the
 * server must stay healthy and write no FFDC incident; and every record that exists afterwards must have been
 * answered 2xx to some request, and be readable: nothing half-written. Figures go to
 * {@code target/fuzz-results.txt}.
 */
class FuzzIT {

    private static final String ADMIN_PASSWORD = "fuzz-admin-password";
    private static final Pattern LEAK = Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java(:\\d+)?\\)|Caused by:"
            + "|\\bjava\\.(lang|io|util|sql)\\.|\\bjakarta\\.[a-z]+\\.|org\\.eclipse\\.|com\\.ibm\\.|org\\.h2\\."
            + "|org\\.postgresql|\\bio\\.switchboard\\.|<html|<!DOCTYPE|SRVE\\d{4}|CWW[A-Z]{2}\\d{4}|\\w+Exception\\b"
            + "|NullPointer|SQLState", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final List<String> LISTS = List.of("/api/agents", "/api/tools", "/api/workflows",
            "/api/collections", "/api/datasources", "/api/mcp/servers", "/api/runs");

    private static LibertyServer server;
    private static Api api;
    private static String token;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        server = LibertyServer.freshCopy("fuzz", Integer.getInteger("it.port.fuzz", 19092),
                Map.of("SWITCHBOARD_ADMIN_PASSWORD", ADMIN_PASSWORD,
                        // the fuzzer is one client sending thousands of requests: it tests inputs, not the limiter
                        "SWITCHBOARD_RATELIMIT_PER_PRINCIPAL", "0", "SWITCHBOARD_RATELIMIT_PER_ADDRESS", "0",
                        // a generated but valid stdio MCP server registration (npx server-everything) sometimes
                        // never answers initialize; the server must give up (and answer) before this client does
                        "SWITCHBOARD_MCP_CONNECT_TIMEOUT", "PT30S"));
        server.start();
        api = new Api(server.baseUrl());
        token = ServerTokens.forRole(server, "fuzz-admin", "admin");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void tenThousandMalformedRequestsGetClearErrorsAndLeaveNothingHalfWritten() throws Exception {
        Map<String, String> real = realTargets();
        Map<String, Set<String>> before = inventory();
        Set<String> ffdcBefore = ffdcIncidents();
        JsonObject openapi = api.get("/openapi", null, Map.of("Accept", "application/json")).json();
        long seed = Long.getLong("fuzz.seed", 20261202L);
        int cases = Integer.getInteger("fuzz.cases", 10_000);
        MalformedRequests generator = new MalformedRequests(openapi, seed, op -> realPath(op.template(), real));

        Map<String, AtomicInteger> kinds = new TreeMap<>();
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        Set<String> answeredIds = ConcurrentHashMap.newKeySet();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refusedByContainer = new AtomicInteger();
        Map<String, java.util.concurrent.atomic.AtomicLong> timeByOperation = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                MalformedRequests.FuzzCase fuzz = generator.caseAt(i);
                synchronized (kinds) {
                    kinds.computeIfAbsent(fuzz.kind(), k -> new AtomicInteger()).incrementAndGet();
                }
                pending.add(clients.submit(() -> {
                    long sent = System.nanoTime();
                    Answer answer = send(fuzz);
                    timeByOperation.computeIfAbsent(fuzz.operation(), k -> new java.util.concurrent.atomic.AtomicLong())
                            .addAndGet(System.nanoTime() - sent);
                    synchronized (statuses) {
                        statuses.computeIfAbsent(answer.status(), k -> new AtomicInteger()).incrementAndGet();
                    }
                    if (containerRefusal(answer)) {
                        refusedByContainer.incrementAndGet();
                    }
                    String wrong = judge(fuzz, answer);
                    if (wrong != null) {
                        violations.add(wrong + " — " + fuzz.describe() + " → " + answer.brief());
                    }
                    if (answer.status() >= 200 && answer.status() < 300) {
                        accepted.incrementAndGet();
                        Matcher ids = ID.matcher(answer.body());
                        while (ids.find()) {
                            answeredIds.add(ids.group(1));
                        }
                    }
                }));
                if (pending.size() >= 64) {
                    for (Future<?> f : pending) {
                        f.get();
                    }
                    pending.clear();
                }
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } finally {
            clients.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        List<String> afterwards = new ArrayList<>();
        for (String health : List.of("/health/ready", "/health/live")) {
            int status = api.get(health, null).status();
            if (status != 200) {
                afterwards.add(health + " answered " + status);
            }
        }
        Map<String, Set<String>> after = inventory();
        after.forEach((list, ids) -> {
            for (String id : ids) {
                if (!before.getOrDefault(list, Set.of()).contains(id) && !answeredIds.contains(id)) {
                    afterwards.add(list + " holds " + id + ", which no request was answered 2xx for");
                }
                Api.Reply read = api.get(list + "/" + id, token);
                if (read.status() != 200) {
                    afterwards.add(list + "/" + id + " cannot be read: " + read);
                }
            }
        });
        Set<String> newIncidents = new HashSet<>(ffdcIncidents());
        newIncidents.removeAll(ffdcBefore);
        for (String incident : newIncidents) {
            String text = Files.readString(server.messagesLog().getParent().resolve("ffdc").resolve(incident));
            // Liberty's transaction code files an incident for every refusal (a 404, a 409) thrown through a
            // @Transactional bean or an EJB, and for the rollback it causes: expected, and answered properly
            if (!text.contains("Stack Dump = io.switchboard.api.problem.PlatformException")
                    && !text.contains("RolledbackException: Resources rolled back due to setRollbackOnly")) {
                afterwards.add("FFDC incident " + incident + ": " + text.lines().filter(l -> l.startsWith("Stack Dump"))
                        .findFirst().orElse(""));
            }
        }
        Api.Reply works = api.post("/api/execute-task", token, "{\"input\":\"still here\",\"agent\":\"echo\"}");
        if (works.status() != 200 || !works.body().contains("still here")) {
            afterwards.add("a valid task afterwards: " + works);
        }

        String report = report(seed, cases, seconds, kinds, statuses, accepted.get(), violations, afterwards)
                + "HTML 400 of the web container (URI with encoded NUL or CR/LF): " + refusedByContainer + "\n"
                + slowest(timeByOperation);
        System.out.println(report);
        Path results = Path.of("target", "fuzz-results.txt");
        Files.createDirectories(results.getParent());
        Files.writeString(results, report);

        assertThat(violations).as("answers that are 5xx, leak internals or are no problem / JSON-RPC document")
                .isEmpty();
        assertThat(afterwards).as("the server after fuzzing").isEmpty();
        assertThat(kinds.keySet()).as("every kind of breakage was generated")
                .containsAll(MalformedRequests.BODY_KINDS).contains("bad-rpc", "bad-path", "bad-query", "bad-multipart");
    }

    /** What is wrong with the answer to a malformed request, or null. */
    static String judge(MalformedRequests.FuzzCase fuzz, Answer answer) {
        if (answer.status() < 0) {
            return "no HTTP answer (" + answer.body() + ")";
        }
        if (answer.status() >= 500) {
            return "server error " + answer.status();
        }
        if (containerRefusal(answer)) {
            return null;
        }
        Matcher leak = LEAK.matcher(answer.body());
        if (leak.find()) {
            return "leaks '" + leak.group() + "'";
        }
        boolean rpcAnswer = fuzz.jsonRpc() && answer.status() == 200;
        if (rpcAnswer) {
            return judgeJsonRpc(fuzz, answer);
        }
        if (answer.status() >= 400) {
            if (!answer.contentType().startsWith("application/problem+json")
                    && !(fuzz.jsonRpc() && answer.contentType().startsWith("application/json"))) {
                return "an error that is no problem document";
            }
            JsonStructure json = parse(answer.body());
            if (!(json instanceof JsonObject problem)) {
                return "an error whose body is no JSON object";
            }
            if (answer.contentType().startsWith("application/problem+json")
                    && problem.getInt("status", -1) != answer.status()) {
                return "a problem whose status is not the HTTP status";
            }
        }
        return null;
    }

    /**
     * The one answer the application cannot shape: a URI with an encoded NUL or CR/LF is refused by Liberty's web
     * container with a short HTML 400 (or a JSON one when the request has a body; message CWWWC0005I, no internals)
     * before the application sees it.
     */
    static boolean containerRefusal(Answer answer) {
        return answer.status() == 400 && answer.body().matches("(?s)(<H1>|\\{\"error_message\" : \")CWWWC0005I: The request "
                + "URI has invalid or improperly encoded characters: \\[[^\\]]*\\](</H1><BR>|\"})\\s*");
    }

    private static String judgeJsonRpc(MalformedRequests.FuzzCase fuzz, Answer answer) {
        if (answer.body().isBlank()) {
            return "an empty JSON-RPC answer with 200";
        }
        JsonStructure json = parse(answer.body());
        if (json == null) {
            return "a JSON-RPC answer that is no JSON";
        }
        List<JsonValue> responses = json instanceof JsonObject o ? List.of(o) : List.copyOf(json.asJsonArray());
        for (JsonValue value : responses) {
            if (!(value instanceof JsonObject response) || !"2.0".equals(response.getString("jsonrpc", null))
                    || response.containsKey("result") == response.containsKey("error")) {
                return "not a JSON-RPC 2.0 response";
            }
            if (fuzz.kind().equals("bad-json") && (!response.containsKey("error")
                    || response.getJsonObject("error").getInt("code", 0) != -32700
                    || response.get("id") != JsonValue.NULL)) {
                return "bad JSON not answered with a parse error (-32700, id null)";
            }
        }
        return null;
    }

    private static JsonStructure parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The answer to a request: status (-1 when the connection failed), content type and body. */
    record Answer(int status, String contentType, String body) {
        String brief() {
            return "HTTP " + status + " [" + contentType + "] " + body.substring(0, Math.min(300, body.length()));
        }
    }

    private static Answer send(MalformedRequests.FuzzCase fuzz) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + fuzz.path()))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                    .method(fuzz.method(), fuzz.method().equals("GET") || fuzz.method().equals("DELETE")
                            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(fuzz.body()));
            fuzz.headers().forEach(request::header);
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the generator made a request Java cannot send: " + fuzz.describe(), e);
        } catch (IOException e) {
            return new Answer(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "", "interrupted");
        }
    }

    /** Records that exist, so that some broken bodies reach the validation behind the lookup. */
    private static Map<String, String> realTargets() {
        Map<String, String> real = new LinkedHashMap<>();
        Api.Reply agent = api.post("/api/agents", token, "{\"name\":\"fuzz-target\",\"specialist\":\"echo\"}");
        assertThat(agent.status()).as(agent.toString()).isEqualTo(201);
        real.put("/api/agents/{idOrName}", agent.json().getString("id"));
        real.put("/a2a/agents/{agentId}", api.get("/api/agents/echo", token).json().getString("id"));
        Api.Reply collection = api.post("/api/collections", token, "{\"name\":\"fuzz-docs\"}");
        assertThat(collection.status()).as(collection.toString()).isEqualTo(201);
        real.put("/api/collections/{id}", collection.json().getString("id"));
        api.get("/api/tools", token).structure().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("name").equals("calculator"))
                .forEach(t -> real.put("/api/tools/{id}", t.getString("id")));
        Api.Reply workflow = api.post("/api/workflow-templates/triage-and-route/import?name=fuzz-flow", token, "");
        assertThat(workflow.status()).as(workflow.toString()).isEqualTo(201);
        real.put("/api/workflows/{id}", workflow.json().getString("id"));
        real.put("/api/workflow-templates/{template}", "triage-and-route");
        return real;
    }

    /** The template with the ids that exist for its first parameter (others stay made-up), or null. */
    private static String realPath(String template, Map<String, String> real) {
        for (Map.Entry<String, String> e : real.entrySet()) {
            if (template.startsWith(e.getKey())) {
                String rest = template.substring(e.getKey().length()).replace("{version}", "1")
                        .replaceAll("\\{[^}]+}", "00000000-0000-4000-8000-00000000f022");
                String path = e.getKey().substring(0, e.getKey().indexOf('{')) + e.getValue() + rest;
                return path.replace(" ", "%20");
            }
        }
        return null;
    }

    /** The ids of every list, documents of every collection included. */
    private static Map<String, Set<String>> inventory() {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (String list : LISTS) {
            lists.put(list, ids(list));
        }
        for (String collection : lists.get("/api/collections")) {
            lists.put("/api/collections/" + collection + "/documents", ids("/api/collections/" + collection + "/documents"));
        }
        return lists;
    }

    private static Set<String> ids(String list) {
        Api.Reply reply = api.get(list, token);
        assertThat(reply.status()).as(list + ": " + reply).isEqualTo(200);
        Set<String> ids = new HashSet<>();
        JsonStructure json = reply.structure();
        (json instanceof JsonObject o && o.containsKey("items") ? o.getJsonArray("items") : json.asJsonArray())
                .forEach(item -> ids.add(item.asJsonObject().getString("id")));
        return ids;
    }

    private static Set<String> ffdcIncidents() throws IOException {
        Path ffdc = server.messagesLog().getParent().resolve("ffdc");
        if (!Files.isDirectory(ffdc)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(ffdc)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("ffdc_"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    private static String slowest(Map<String, java.util.concurrent.atomic.AtomicLong> timeByOperation) {
        StringBuilder out = new StringBuilder("time spent, the slowest operations:");
        timeByOperation.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get()))
                .limit(6).forEach(e -> out.append(String.format(" %s %.1f s;", e.getKey(), e.getValue().get() / 1e9)));
        return out.append('\n').toString();
    }

    private static String report(long seed, int cases, double seconds, Map<String, AtomicInteger> kinds,
                                 Map<Integer, AtomicInteger> statuses, int accepted, List<String> violations,
                                 List<String> afterwards) {
        StringBuilder out = new StringBuilder();
        out.append("# Fuzzing: ").append(java.time.Instant.now()).append('\n');
        out.append(String.format("cases %d (seed %d) in %.1f s, %.0f requests/s%n", cases, seed, seconds,
                cases / seconds));
        out.append("kinds: ").append(kinds).append('\n');
        out.append("statuses: ").append(statuses).append('\n');
        long serverErrors = statuses.entrySet().stream().filter(e -> e.getKey() >= 500)
                .mapToLong(e -> e.getValue().get()).sum();
        out.append("5xx: ").append(serverErrors).append(", violations: ").append(violations.size())
                .append(", accepted (2xx): ").append(accepted).append(", problems afterwards: ")
                .append(afterwards.size()).append('\n');
        violations.stream().limit(40).forEach(v -> out.append("  violation: ").append(v).append('\n'));
        afterwards.forEach(a -> out.append("  afterwards: ").append(a).append('\n'));
        return out.toString();
    }
}
