package io.switchboard.testing.model;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A language-model server on loopback for tests, speaking two wire formats: OpenAI chat completions
 * ({@code POST /v1/chat/completions}, blocking or {@code stream: true} as server-sent events, tool calls,
 * {@code response_format} JSON schema) and embeddings ({@code POST /v1/embeddings}, and Ollama's
 * {@code POST /api/embed}: {@link #embedding(String)}), and Anthropic messages ({@code POST /v1/messages}, blocking or streaming,
 * {@code tool_use}). Replies come from {@link ScriptedReplies}; a test queues faults ({@link #failNext}) and reads
 * the requests it received ({@link #requests()}). Token usage is reported as a quarter of the characters.
 */
public final class ScriptedModelServer implements AutoCloseable {

    /** A request as received: the path, its headers of interest and its JSON body. */
    public record Received(String path, String authorization, String apiKeyHeader, JsonObject body) {
    }

    private record Fault(int status, long delayMs) {
    }

    private final HttpServer server;
    private final List<Received> requests = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();

    private ScriptedModelServer(HttpServer server) {
        this.server = server;
    }

    public static ScriptedModelServer start() {
        return start(0);
    }

    public static ScriptedModelServer start(int port) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            ScriptedModelServer scripted = new ScriptedModelServer(http);
            http.createContext("/", scripted::handle);
            http.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "scripted-model-server");
                t.setDaemon(true);
                return t;
            }));
            http.start();
            return scripted;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the scripted model server", e);
        }
    }

    /** The OpenAI-compatible base URL, e.g. http://127.0.0.1:PORT/v1. */
    public String openAiBaseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    /** The Anthropic base URL (LangChain4j appends "messages"). */
    public String anthropicBaseUrl() {
        return "http://127.0.0.1:" + port() + "/v1/";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The next {@code times} requests are answered with this HTTP status (after {@code delayMs}, if any). */
    public void failNext(int status, int times) {
        for (int i = 0; i < times; i++) {
            faults.add(new Fault(status, 0));
        }
    }

    /** The next request is answered normally, but only after {@code delayMs}. */
    public void delayNext(long delayMs) {
        faults.add(new Fault(0, delayMs));
    }

    public List<Received> requests() {
        return List.copyOf(requests);
    }

    public void reset() {
        requests.clear();
        faults.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            JsonObject body;
            try (JsonReader reader = Json.createReader(new StringReader(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8)))) {
                body = reader.readObject();
            } catch (RuntimeException e) {
                send(exchange, 400, "application/json", "{\"error\":{\"message\":\"body is not a JSON object\"}}");
                return;
            }
            requests.add(new Received(path, exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("x-api-key"), body));
            Fault fault = faults.poll();
            if (fault != null && fault.delayMs() > 0) {
                sleep(fault.delayMs());
            }
            if (fault != null && fault.status() > 0) {
                send(exchange, fault.status(), "application/json", "{\"error\":{\"message\":\"scripted failure "
                        + fault.status() + "\",\"type\":\"scripted\"}}");
                return;
            }
            if (path.endsWith("/chat/completions")) {
                openAi(exchange, body);
            } else if (path.endsWith("/embeddings")) {
                openAiEmbeddings(exchange, body);
            } else if (path.endsWith("/api/embed")) {
                ollamaEmbeddings(exchange, body);
            } else if (path.endsWith("/messages")) {
                anthropic(exchange, body);
            } else {
                send(exchange, 404, "application/json", "{\"error\":{\"message\":\"no such endpoint " + path + "\"}}");
            }
        }
    }

    // ---- embeddings: OpenAI /v1/embeddings and Ollama /api/embed ----

    /** Dimensions of the scripted embeddings. */
    public static final int EMBEDDING_DIMENSION = 64;

    private static List<String> inputs(JsonObject body) {
        JsonValue input = body.get("input");
        List<String> texts = new ArrayList<>();
        if (input instanceof JsonString one) {
            texts.add(one.getString());
        } else if (input instanceof JsonArray many) {
            many.forEach(v -> texts.add(((JsonString) v).getString()));
        }
        return texts;
    }

    private void openAiEmbeddings(HttpExchange exchange, JsonObject body) throws IOException {
        List<String> texts = inputs(body);
        var data = Json.createArrayBuilder();
        int chars = 0;
        for (int i = 0; i < texts.size(); i++) {
            data.add(Json.createObjectBuilder().add("object", "embedding").add("index", i)
                    .add("embedding", vector(embedding(texts.get(i)))));
            chars += texts.get(i).length();
        }
        int tokens = tokens(chars);
        send(exchange, 200, "application/json", Json.createObjectBuilder().add("object", "list").add("data", data)
                .add("model", body.getString("model", "scripted")).add("usage", Json.createObjectBuilder()
                        .add("prompt_tokens", tokens).add("total_tokens", tokens)).build().toString());
    }

    private void ollamaEmbeddings(HttpExchange exchange, JsonObject body) throws IOException {
        var vectors = Json.createArrayBuilder();
        inputs(body).forEach(text -> vectors.add(vector(embedding(text))));
        send(exchange, 200, "application/json", Json.createObjectBuilder().add("model", body.getString("model", "scripted"))
                .add("embeddings", vectors).build().toString());
    }

    private static jakarta.json.JsonArrayBuilder vector(double[] values) {
        var array = Json.createArrayBuilder();
        for (double v : values) {
            array.add(v);
        }
        return array;
    }

    /**
     * A deterministic bag-of-words embedding: each lower-cased word (a trailing "s" dropped) adds one to a
     * dimension chosen by its hash, so texts sharing words are similar. Not unit length, as some real models are not.
     */
    public static double[] embedding(String text) {
        double[] v = new double[EMBEDDING_DIMENSION];
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+")) {
            if (word.length() > 2) {
                String stem = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
                v[Math.floorMod(stem.hashCode(), EMBEDDING_DIMENSION)] += 1;
            }
        }
        v[0] += 0.01; // never the zero vector
        return v;
    }

    // ---- OpenAI chat completions ----

    private void openAi(HttpExchange exchange, JsonObject body) throws IOException {
        List<ScriptedReplies.Turn> turns = new ArrayList<>();
        for (JsonValue value : body.getJsonArray("messages")) {
            JsonObject m = value.asJsonObject();
            turns.add(new ScriptedReplies.Turn(m.getString("role"), openAiText(m.get("content"))));
        }
        List<String> tools = new ArrayList<>();
        if (body.get("tools") instanceof JsonArray offered) {
            offered.forEach(t -> tools.add(t.asJsonObject().getJsonObject("function").getString("name")));
        }
        ScriptedReplies.Reply reply = ScriptedReplies.reply(turns, tools, routingChoices(body));
        String model = body.getString("model", "scripted");
        int promptTokens = tokens(turns.stream().mapToInt(t -> t.text().length()).sum());
        int completionTokens = tokens(reply.isToolCall() ? reply.toolArguments().length() : reply.text().length());
        String id = "chatcmpl-" + UUID.randomUUID();
        JsonObject usage = Json.createObjectBuilder().add("prompt_tokens", promptTokens)
                .add("completion_tokens", completionTokens).add("total_tokens", promptTokens + completionTokens).build();
        if (body.getBoolean("stream", false)) {
            StringBuilder sse = new StringBuilder();
            if (reply.isToolCall()) {
                JsonObject call = Json.createObjectBuilder().add("index", 0).add("id", "call_" + UUID.randomUUID())
                        .add("type", "function").add("function", Json.createObjectBuilder().add("name", reply.toolName())
                                .add("arguments", reply.toolArguments())).build();
                sse.append(chunk(id, model, Json.createObjectBuilder().add("role", "assistant")
                        .add("tool_calls", Json.createArrayBuilder().add(call)).build(), null, null));
                sse.append(chunk(id, model, JsonValue.EMPTY_JSON_OBJECT, "tool_calls", null));
            } else {
                sse.append(chunk(id, model, Json.createObjectBuilder().add("role", "assistant").add("content", "")
                        .build(), null, null));
                for (String piece : pieces(reply.text())) {
                    sse.append(chunk(id, model, Json.createObjectBuilder().add("content", piece).build(), null, null));
                }
                sse.append(chunk(id, model, JsonValue.EMPTY_JSON_OBJECT, "stop", null));
            }
            sse.append("data: ").append(Json.createObjectBuilder().add("id", id).add("object", "chat.completion.chunk")
                    .add("created", now()).add("model", model).add("choices", JsonValue.EMPTY_JSON_ARRAY)
                    .add("usage", usage).build()).append("\n\n");
            sse.append("data: [DONE]\n\n");
            send(exchange, 200, "text/event-stream", sse.toString());
            return;
        }
        JsonObjectBuilder message = Json.createObjectBuilder().add("role", "assistant");
        if (reply.isToolCall()) {
            message.add("content", JsonValue.NULL).add("tool_calls", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("id", "call_" + UUID.randomUUID()).add("type", "function").add("function",
                            Json.createObjectBuilder().add("name", reply.toolName()).add("arguments", reply.toolArguments()))));
        } else {
            message.add("content", reply.text());
        }
        JsonObject response = Json.createObjectBuilder().add("id", id).add("object", "chat.completion").add("created", now())
                .add("model", model).add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder().add("index", 0)
                        .add("message", message).add("finish_reason", reply.isToolCall() ? "tool_calls" : "stop")))
                .add("usage", usage).build();
        send(exchange, 200, "application/json", response.toString());
    }

    private static String chunk(String id, String model, JsonObject delta, String finish, JsonObject usage) {
        JsonObjectBuilder choice = Json.createObjectBuilder().add("index", 0).add("delta", delta);
        choice.add("finish_reason", finish == null ? JsonValue.NULL : Json.createValue(finish));
        JsonObjectBuilder c = Json.createObjectBuilder().add("id", id).add("object", "chat.completion.chunk")
                .add("created", now()).add("model", model).add("choices", Json.createArrayBuilder().add(choice));
        if (usage != null) {
            c.add("usage", usage);
        }
        return "data: " + c.build() + "\n\n";
    }

    private static String openAiText(JsonValue content) {
        if (content instanceof JsonString s) {
            return s.getString();
        }
        if (content instanceof JsonArray parts) {
            StringBuilder text = new StringBuilder();
            for (JsonValue part : parts) {
                JsonObject p = part.asJsonObject();
                if ("text".equals(p.getString("type", ""))) {
                    text.append(p.getString("text", ""));
                } else {
                    text.append("[").append(p.getString("type", "part")).append("]");
                }
            }
            return text.toString();
        }
        return "";
    }

    /** The agent names a routing request's JSON schema allows, or null when it is no routing request. */
    private static List<String> routingChoices(JsonObject body) {
        if (!(body.get("response_format") instanceof JsonObject format)
                || !(format.get("json_schema") instanceof JsonObject schema)
                || !(schema.get("schema") instanceof JsonObject root)
                || !(root.get("properties") instanceof JsonObject properties)
                || !(properties.get("agent") instanceof JsonObject agent)
                || !(agent.get("enum") instanceof JsonArray names)) {
            return null;
        }
        return names.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    // ---- Anthropic messages ----

    private void anthropic(HttpExchange exchange, JsonObject body) throws IOException {
        List<ScriptedReplies.Turn> turns = new ArrayList<>();
        for (JsonValue value : body.getJsonArray("messages")) {
            JsonObject m = value.asJsonObject();
            String role = m.getString("role");
            JsonValue content = m.get("content");
            if (content instanceof JsonString s) {
                turns.add(new ScriptedReplies.Turn(role, s.getString()));
                continue;
            }
            StringBuilder text = new StringBuilder();
            boolean toolResult = false;
            for (JsonValue block : content.asJsonArray()) {
                JsonObject b = block.asJsonObject();
                switch (b.getString("type", "")) {
                    case "text" -> text.append(b.getString("text", ""));
                    case "tool_result" -> {
                        toolResult = true;
                        JsonValue c = b.get("content");
                        text.append(c instanceof JsonString s ? s.getString() : openAiText(c));
                    }
                    default -> {
                    }
                }
            }
            turns.add(new ScriptedReplies.Turn(toolResult ? "tool" : role, text.toString()));
        }
        List<String> tools = new ArrayList<>();
        if (body.get("tools") instanceof JsonArray offered) {
            offered.forEach(t -> tools.add(t.asJsonObject().getString("name")));
        }
        ScriptedReplies.Reply reply = ScriptedReplies.reply(turns, tools, null);
        String model = body.getString("model", "scripted");
        int in = tokens(turns.stream().mapToInt(t -> t.text().length()).sum());
        int out = tokens(reply.isToolCall() ? reply.toolArguments().length() : reply.text().length());
        String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        String stop = reply.isToolCall() ? "tool_use" : "end_turn";
        JsonObject block = reply.isToolCall()
                ? Json.createObjectBuilder().add("type", "tool_use").add("id", "toolu_" + UUID.randomUUID().toString()
                        .replace("-", "")).add("name", reply.toolName()).add("input", parse(reply.toolArguments())).build()
                : Json.createObjectBuilder().add("type", "text").add("text", reply.text()).build();
        if (body.getBoolean("stream", false)) {
            StringBuilder sse = new StringBuilder();
            event(sse, "message_start", Json.createObjectBuilder().add("type", "message_start").add("message",
                    Json.createObjectBuilder().add("id", id).add("type", "message").add("role", "assistant")
                            .add("model", model).add("content", JsonValue.EMPTY_JSON_ARRAY)
                            .add("usage", Json.createObjectBuilder().add("input_tokens", in).add("output_tokens", 1)))
                    .build());
            if (reply.isToolCall()) {
                event(sse, "content_block_start", Json.createObjectBuilder().add("type", "content_block_start")
                        .add("index", 0).add("content_block", Json.createObjectBuilder().add("type", "tool_use")
                                .add("id", block.getString("id")).add("name", reply.toolName())
                                .add("input", JsonValue.EMPTY_JSON_OBJECT)).build());
                event(sse, "content_block_delta", Json.createObjectBuilder().add("type", "content_block_delta")
                        .add("index", 0).add("delta", Json.createObjectBuilder().add("type", "input_json_delta")
                                .add("partial_json", reply.toolArguments())).build());
            } else {
                event(sse, "content_block_start", Json.createObjectBuilder().add("type", "content_block_start")
                        .add("index", 0).add("content_block", Json.createObjectBuilder().add("type", "text")
                                .add("text", "")).build());
                for (String piece : pieces(reply.text())) {
                    event(sse, "content_block_delta", Json.createObjectBuilder().add("type", "content_block_delta")
                            .add("index", 0).add("delta", Json.createObjectBuilder().add("type", "text_delta")
                                    .add("text", piece)).build());
                }
            }
            event(sse, "content_block_stop", Json.createObjectBuilder().add("type", "content_block_stop").add("index", 0)
                    .build());
            event(sse, "message_delta", Json.createObjectBuilder().add("type", "message_delta")
                    .add("delta", Json.createObjectBuilder().add("stop_reason", stop).add("stop_sequence", JsonValue.NULL))
                    .add("usage", Json.createObjectBuilder().add("output_tokens", out)).build());
            event(sse, "message_stop", Json.createObjectBuilder().add("type", "message_stop").build());
            send(exchange, 200, "text/event-stream", sse.toString());
            return;
        }
        JsonObject response = Json.createObjectBuilder().add("id", id).add("type", "message").add("role", "assistant")
                .add("model", model).add("content", Json.createArrayBuilder().add(block)).add("stop_reason", stop)
                .add("stop_sequence", JsonValue.NULL)
                .add("usage", Json.createObjectBuilder().add("input_tokens", in).add("output_tokens", out)).build();
        send(exchange, 200, "application/json", response.toString());
    }

    private static void event(StringBuilder sse, String name, JsonObject data) {
        sse.append("event: ").append(name).append("\ndata: ").append(data).append("\n\n");
    }

    // ---- helpers ----

    /** The text in pieces of a word each (with its following space), as a model streams it. */
    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                pieces.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            pieces.add(text.substring(start));
        }
        return pieces;
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static int tokens(int chars) {
        return Math.max(1, chars / 4);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to do
        }
    }
}
