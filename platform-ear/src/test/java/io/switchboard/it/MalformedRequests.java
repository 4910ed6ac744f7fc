package io.switchboard.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Malformed requests generated from the live OpenAPI document: for each operation a plausible body is built from
 * its request schema, then broken in one way — bad JSON, a wrong type, a huge string, deep nesting, unknown
 * fields, invalid UTF-8, a wrong content type — or the path and query parameters are. JSON-RPC endpoints (A2A,
 * MCP) also get broken envelopes, methods, params, ids and protocol versions. Case {@code i} depends only on the
 * seed and {@code i}, so a failing case can be replayed.
 */
final class MalformedRequests {

    /** One request to send. */
    record FuzzCase(int index, String kind, String operation, String method, String path, Map<String, String> headers,
                    byte[] body, boolean jsonRpc) {

        String describe() {
            String text = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return "#" + index + " " + kind + " " + method + " " + path + " " + headers + " body(" + body.length
                    + " bytes): " + text.replaceAll("\\s+", " ");
        }
    }

    /** An operation of the OpenAPI document. */
    record Operation(String method, String template, String contentType, JsonObject bodySchema, List<String> query,
                     boolean jsonRpc) {

        boolean hasBody() {
            return contentType != null;
        }

        String name() {
            return method + " " + template;
        }
    }

    static final List<String> BODY_KINDS = List.of("bad-json", "wrong-type", "huge-string", "deep-nesting",
            "unknown-fields", "invalid-utf8", "wrong-content-type");

    private static final Set<String> VERBS = Set.of("get", "post", "put", "delete");
    private static final List<String> WEIRD_IDS = List.of("%20", "..", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "%27%20OR%20%271%27%3D%271", "-1", "0", "99999999999999999999999999", "null", "undefined", "%00", "%C3%28",
            "%FF%FE%FD", "%E2%82", "%ED%A0%80", "%F0%9F%92%A9", "1e309", "NaN", "%24%7Bjndi%3Aldap%3A%2F%2Fx%7D",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%7B%7D", "%5B%5D", "a%0D%0AX-Injected%3A%201", "true",
            "00000000-0000-0000-0000-000000000000", "x".repeat(2_000), "%25", "%2525", "*", "~", "%5C%5C");
    private static final List<String> WEIRD_VALUES = List.of("", "-1", "0", "abc", "1.5", "-99999999999999999999",
            "99999999999999999999", "2026-13-45T99:99:99Z", "null", "%00", "%C3%28", "%FF", "%27%20OR%201%3D1--", "true",
            "%E2%80%AE", "x".repeat(5_000), "NaN", "%5B%5D", "%7B%7D", "%0D%0A");
    private static final List<String> BAD_JSON = List.of("", " ", "{", "}", "[", "{\"a\"}", "{\"a\":}", "[1,]",
            "{'a':1}", "{\"a\":1,}", "nul", "tru", "\"unterminated", "{\"a\":1}{\"b\":2}", "{\"a\":NaN}",
            "{\"a\":0x10}", "\u0000", "{\"a\":\"\\u12\"}", "{\"a\":\"\\q\"}", "{\"a\" 1}", ",", ":", "{{}}", "[}",
            "{\"a\":01}", "{\"a\":-}", "{\"a\":1e}", "<xml/>", "a=1&b=2", "\uFEFF{}", "{\"a\":[1,2}");
    private static final List<String> WRONG_TYPES = List.of("12345", "-1", "1.5e308", "1e400", "true", "null", "[]",
            "[1,2,3]", "{\"x\":1}", "\"text\"", "\"\"", "[[[]]]", "{\"\":\"\"}", "-0", "9223372036854775808");
    private static final List<String> CONTENT_TYPES = List.of("", "text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=utf-16",
            "application/octet-stream", "garbage", "application/json; charset=nonexistent", "*/*", "application/",
            "text/event-stream", "application/problem+json; charset=latin1", "multipart/mixed; boundary=x");
    private static final List<String> A2A_METHODS = List.of("message/send", "message/stream", "tasks/get",
            "tasks/cancel", "tasks/resubscribe", "tasks/pushNotificationConfig/set",
            "tasks/pushNotificationConfig/get", "tasks/pushNotificationConfig/list",
            "tasks/pushNotificationConfig/delete", "agent/getAuthenticatedExtendedCard", "SendMessage", "GetTask",
            "ListTasks", "CancelTask", "SubscribeToTask", "GetExtendedAgentCard", "SetTaskPushNotificationConfig",
            "nope/unknown", "", "MESSAGE/SEND", "message/send ", "tasks/get\u0000");
    private static final List<String> MCP_METHODS = List.of("initialize", "ping", "tools/list", "tools/call",
            "resources/list", "prompts/get", "nope", "", "notifications/initialized");
    private static final List<String> VERSIONS = List.of("", "0.2", "0.3", "0.3.0", "1.0", "1", "2.0", "abc",
            "1.0, 0.3", "%00", "9999999999");
    private static final byte[][] INVALID_UTF8 = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}};
    private static final String MARK = "FUZZ_INVALID_UTF8_MARK";

    private final List<Operation> operations;
    private final JsonObject schemas;
    private final long seed;
    private final Function<Operation, String> realIds;

    /**
     * @param realIds for an operation with path parameters, a path with ids that exist (or null), so that some
     *                broken bodies get past the lookup to the validation behind it; never used for DELETE
     */
    MalformedRequests(JsonObject openapi, long seed, Function<Operation, String> realIds) {
        this.operations = operations(openapi);
        this.schemas = openapi.getJsonObject("components") == null ? JsonValue.EMPTY_JSON_OBJECT
                : openapi.getJsonObject("components").getJsonObject("schemas");
        this.seed = seed;
        this.realIds = realIds;
    }

    List<Operation> operations() {
        return operations;
    }

    /** The operations of the document, except event streams (a GET that never ends is no malformed request). */
    static List<Operation> operations(JsonObject openapi) {
        List<Operation> found = new ArrayList<>();
        openapi.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((verb, value) -> {
            if (!VERBS.contains(verb) || (verb.equals("get") && path.endsWith("/events"))) {
                return;
            }
            JsonObject op = value.asJsonObject();
            boolean jsonRpc = verb.equals("post") && (path.startsWith("/a2a") || path.equals("/mcp"));
            JsonObject body = op.getJsonObject("requestBody");
            String contentType = null;
            JsonObject schema = JsonValue.EMPTY_JSON_OBJECT;
            if (body != null && body.containsKey("content")) {
                contentType = body.getJsonObject("content").keySet().iterator().next();
                JsonObject media = body.getJsonObject("content").getJsonObject(contentType);
                schema = media.containsKey("schema") ? media.getJsonObject("schema") : JsonValue.EMPTY_JSON_OBJECT;
            } else if (jsonRpc) {
                contentType = "application/json";
            }
            List<String> query = new ArrayList<>();
            if (op.containsKey("parameters")) {
                op.getJsonArray("parameters").forEach(p -> {
                    if ("query".equals(p.asJsonObject().getString("in", ""))) {
                        query.add(p.asJsonObject().getString("name"));
                    }
                });
            }
            found.add(new Operation(verb.toUpperCase(), path, contentType, schema, query, jsonRpc));
        }));
        return found;
    }

    /** Case {@code index}: operations in turn, each with a kind of breakage chosen by the seeded generator. */
    FuzzCase caseAt(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        Operation op = operations.get(index % operations.size());
        List<String> kinds = new ArrayList<>();
        if (op.hasBody()) {
            kinds.addAll(op.contentType().startsWith("multipart/") ? List.of("bad-multipart", "wrong-content-type",
                    "bad-multipart") : BODY_KINDS);
            if (op.jsonRpc()) {
                kinds.addAll(List.of("bad-rpc", "bad-rpc", "bad-rpc", "bad-version"));
            }
        }
        if (op.template().contains("{")) {
            kinds.add("bad-path");
        }
        if (!op.query().isEmpty()) {
            kinds.add("bad-query");
        }
        if (kinds.isEmpty()) {
            kinds.add("bad-headers");
        }
        String kind = kinds.get(random.nextInt(kinds.size()));
        Map<String, String> headers = new LinkedHashMap<>();
        String path = fakePath(op);
        if (!kind.equals("bad-path") && !op.method().equals("DELETE") && random.nextBoolean()) {
            String real = realIds.apply(op);
            path = real == null ? path : real;
        }
        byte[] body = new byte[0];
        if (op.hasBody()) {
            headers.put("Content-Type", op.contentType().startsWith("multipart/")
                    ? op.contentType() + "; boundary=fuzz-boundary" : op.contentType());
            body = utf8(sample(op, random).toString());
        }
        switch (kind) {
            case "bad-json" -> body = utf8(random.nextInt(3) == 0 ? truncated(new String(body, StandardCharsets.UTF_8),
                    random) : pick(BAD_JSON, random));
            case "wrong-type" -> body = utf8(withField(op, random, pick(WRONG_TYPES, random)));
            case "huge-string" -> body = utf8(withField(op, random, hugeString(random)));
            case "deep-nesting" -> body = utf8(random.nextBoolean() ? nested(random) : withField(op, random, nested(random)));
            case "unknown-fields" -> body = utf8(withUnknownFields(op, random));
            case "invalid-utf8" -> body = invalidUtf8(op, random);
            case "wrong-content-type" -> {
                String type = pick(CONTENT_TYPES, random);
                if (type.isEmpty()) {
                    headers.remove("Content-Type");
                } else {
                    headers.put("Content-Type", type);
                }
            }
            case "bad-multipart" -> body = badMultipart(random, headers);
            case "bad-rpc" -> body = utf8(badRpc(op, random));
            case "bad-version" -> headers.put("A2A-Version", decoded(pick(VERSIONS, random)));
            case "bad-path" -> path = weirdPath(op, random);
            case "bad-query" -> path = path + weirdQuery(op, random);
            case "bad-headers" -> {
                headers.put("Accept", pick(List.of("application/xml", "text/html", "*/x", "", "image/png"), random));
                headers.put("If-None-Match", pick(List.of("\"", "*", "W/", "x".repeat(4000)), random));
            }
            default -> throw new IllegalStateException(kind);
        }
        if ("".equals(headers.get("Accept"))) {
            headers.remove("Accept");
        }
        return new FuzzCase(index, kind, op.name(), op.method(), path, headers, body, op.jsonRpc());
    }

    private static String fakePath(Operation op) {
        return op.template().replaceAll("\\{[^}]+}", "00000000-0000-4000-8000-00000000f022");
    }

    private static String weirdPath(Operation op, Random random) {
        StringBuilder path = new StringBuilder();
        for (String part : op.template().split("/", -1)) {
            if (!path.isEmpty() || !part.isEmpty()) {
                path.append('/');
            }
            path.append(part.startsWith("{") ? pick(WEIRD_IDS, random) : part);
        }
        return path.toString().replace("//", "/");
    }

    private static String weirdQuery(Operation op, Random random) {
        StringBuilder query = new StringBuilder("?");
        for (String name : op.query()) {
            if (random.nextInt(3) > 0) {
                query.append(name).append('=').append(pick(WEIRD_VALUES, random)).append('&');
            }
        }
        if (random.nextBoolean()) {
            query.append(op.query().get(0)).append("=1&").append(op.query().get(0)).append("=2&");
        }
        if (random.nextInt(4) == 0) {
            query.append("unknown_param=").append(pick(WEIRD_VALUES, random)).append('&');
        }
        return query.substring(0, query.length() - 1);
    }

    // ---- bodies ------------------------------------------------------------------------------------------------

    /** A plausible body: a sample of the request schema, or a JSON-RPC call for the JSON-RPC endpoints. */
    private JsonValue sample(Operation op, Random random) {
        if (op.jsonRpc()) {
            return rpcSample(op, random);
        }
        return sample(op.bodySchema(), random, 0);
    }

    private JsonValue sample(JsonObject schema, Random random, int depth) {
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring(schema.getString("$ref").lastIndexOf('/') + 1);
            return depth > 6 || !schemas.containsKey(name) ? JsonValue.EMPTY_JSON_OBJECT
                    : sample(schemas.getJsonObject(name), random, depth + 1);
        }
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").get(random.nextInt(schema.getJsonArray("enum").size()));
        }
        if (schema.containsKey("examples") && !schema.getJsonArray("examples").isEmpty()) {
            return schema.getJsonArray("examples").get(0);
        }
        String type = schema.getString("type", schema.containsKey("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                JsonObject properties = schema.getJsonObject("properties");
                if (properties != null) {
                    properties.forEach((name, property) -> {
                        if (random.nextInt(3) > 0 || schema.getJsonArray("required") != null
                                && schema.getJsonArray("required").toString().contains("\"" + name + "\"")) {
                            object.add(name, sample(property.asJsonObject(), random, depth + 1));
                        }
                    });
                }
                yield object.build();
            }
            case "array" -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                if (schema.containsKey("items") && depth < 6) {
                    array.add(sample(schema.getJsonObject("items"), random, depth + 1));
                }
                yield array.build();
            }
            case "integer" -> Json.createValue(random.nextInt(10) + 1);
            case "number" -> Json.createValue(random.nextDouble());
            case "boolean" -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            default -> Json.createValue("fuzz-" + Integer.toHexString(random.nextInt()));
        };
    }

    private static JsonValue rpcSample(Operation op, Random random) {
        if (op.template().equals("/mcp")) {
            String method = pick(List.of("tools/call", "tools/list", "initialize"), random);
            JsonObjectBuilder params = Json.createObjectBuilder();
            if (method.equals("tools/call")) {
                params.add("name", "calculator").add("arguments", Json.createObjectBuilder().add("expression", "1+2"));
            }
            return Json.createObjectBuilder().add("jsonrpc", "2.0").add("id", random.nextInt(1000)).add("method", method)
                    .add("params", params).build();
        }
        JsonObject message = Json.createObjectBuilder().add("kind", "message").add("role", "user")
                .add("messageId", "fuzz-" + Integer.toHexString(random.nextInt()))
                .add("parts", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "text")
                        .add("text", "echo: fuzz"))).build();
        return Json.createObjectBuilder().add("jsonrpc", "2.0").add("id", random.nextInt(1000))
                .add("method", "message/send").add("params", Json.createObjectBuilder().add("message", message)).build();
    }

    /** The sample with one member (or the whole body, when it is no object) replaced by {@code json}. */
    private String withField(Operation op, Random random, String json) {
        JsonValue sample = sample(op, random);
        if (!(sample instanceof JsonObject object) || object.isEmpty() || random.nextInt(6) == 0) {
            return json;
        }
        if (op.jsonRpc() && object.containsKey("params") && random.nextBoolean()) {
            JsonObject params = object.getJsonObject("params");
            String target = params.containsKey("message") ? "message" : "arguments";
            String rest = Json.createObjectBuilder(params).remove(target).build().toString();
            String inner = rest.length() <= 2 ? "{\"" + target + "\":" + json + "}"
                    : "{\"" + target + "\":" + json + "," + rest.substring(1);
            return replaceMember(object, "params", inner);
        }
        List<String> names = new ArrayList<>(object.keySet());
        return replaceMember(object, names.get(random.nextInt(names.size())), json);
    }

    private static String replaceMember(JsonObject object, String name, String json) {
        String rest = Json.createObjectBuilder(object).remove(name).build().toString();
        String member = Json.createValue(name).toString() + ":" + json;
        return rest.length() <= 2 ? "{" + member + "}" : "{" + member + "," + rest.substring(1);
    }

    private static String hugeString(Random random) {
        int length = pick(List.of(5_000, 20_000, 70_000, 300_000, 1_100_000), random);
        String unit = pick(List.of("A", "é", "\\u0000", "💩", "\\\"", " "), random);
        return "\"" + unit.repeat(Math.max(1, length / unit.length())) + "\"";
    }

    private static String nested(Random random) {
        int depth = pick(List.of(64, 500, 2_000, 20_000, 200_000), random);
        return random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private String withUnknownFields(Operation op, Random random) {
        JsonValue sample = sample(op, random);
        JsonObjectBuilder object = sample instanceof JsonObject o ? Json.createObjectBuilder(o)
                : Json.createObjectBuilder();
        int count = 1 + random.nextInt(random.nextInt(10) == 0 ? 2_000 : 20);
        List<String> names = List.of("__proto__", "constructor", "@type", "$ref", "class", "id", "createdAt",
                "version", "owner", "admin", "roles", "x".repeat(300));
        for (int i = 0; i < count; i++) {
            String name = random.nextInt(3) == 0 ? pick(names, random) : "unknown_" + i;
            object.add(name, Json.createReader(new java.io.StringReader("[" + pick(WRONG_TYPES, random) + "]"))
                    .readArray().get(0));
        }
        return object.build().toString();
    }

    private byte[] invalidUtf8(Operation op, Random random) {
        String json = withField(op, random, "\"before " + MARK + " after\"");
        byte[] bad = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = json.indexOf(MARK);
        if (at < 0 || random.nextInt(5) == 0) {
            out.writeBytes(bad);
            out.writeBytes(utf8(json.replace(MARK, "")));
            return out.toByteArray();
        }
        out.writeBytes(utf8(json.substring(0, at)));
        out.writeBytes(bad);
        out.writeBytes(utf8(json.substring(at + MARK.length())));
        return out.toByteArray();
    }

    private static byte[] badMultipart(Random random, Map<String, String> headers) {
        String boundary = "fuzz-boundary";
        String part = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\n"
                + "Content-Type: %s\r\n\r\n%s\r\n";
        String name = pick(List.of("../../etc/passwd.txt", "..\\..\\boot.ini.md", "/abs/path.txt", "", "a\u0000b.txt",
                "x".repeat(5_000) + ".txt", "CON.txt", "😀.md", "no-extension", ".txt", "a\r\nb.txt"), random);
        String type = pick(List.of("text/plain", "application/pdf", "application/x-msdownload", "", "garbage"), random);
        String content = pick(List.of("", "hello", "%PDF-1.7 broken", "PK\u0003\u0004broken-docx", "\u0000\u0001"), random);
        return utf8(switch (random.nextInt(7)) {
            case 0 -> "no multipart at all";
            case 1 -> String.format(part, name, type, content);                       // never closed
            case 2 -> "--other-boundary\r\n\r\nx\r\n--other-boundary--\r\n";         // another boundary
            case 3 -> "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno file name\r\n--"
                    + boundary + "--\r\n";
            case 4 -> "--" + boundary + "\r\nContent-Disposition: form-data\r\n\r\n\r\n--" + boundary + "--\r\n";
            case 5 -> {
                headers.put("Content-Type", "multipart/form-data");                  // no boundary
                yield String.format(part, name, type, content) + "--" + boundary + "--\r\n";
            }
            default -> String.format(part, name, type, content) + "--" + boundary + "--\r\n";
        });
    }

    private static String badRpc(Operation op, Random random) {
        List<String> methods = op.template().equals("/mcp") ? MCP_METHODS : A2A_METHODS;
        String method = Json.createValue(pick(methods, random)).toString();
        String params = pick(List.of("{}", "[]", "\"params\"", "42", "null", "{\"message\":null}",
                "{\"message\":{\"parts\":[]}}", "{\"message\":{\"role\":\"robot\",\"parts\":[{\"kind\":\"text\",\"text\":1}]}}",
                "{\"message\":{\"kind\":\"message\",\"role\":\"user\",\"messageId\":\"m\",\"parts\":[{\"kind\":\"file\","
                        + "\"file\":{\"bytes\":\"not base64!\"}}]}}",
                "{\"message\":{\"kind\":\"message\",\"role\":\"user\",\"messageId\":\"m\",\"taskId\":\"no-such-task\","
                        + "\"parts\":[{\"kind\":\"text\",\"text\":\"x\"}]}}",
                "{\"id\":\"no-such-task\",\"historyLength\":-5}", "{\"id\":12,\"historyLength\":\"all\"}",
                "{\"taskId\":\"t\",\"pushNotificationConfig\":{\"url\":\"http://169.254.169.254/latest\"}}",
                "{\"name\":\"no_such_tool\",\"arguments\":[]}", "{\"name\":\"calculator\",\"arguments\":{\"expression\":7}}",
                manyParts(random)), random);
        String id = pick(List.of("1", "\"abc\"", "null", "{\"a\":1}", "[1]", "true", "1.5", "99999999999999999999999"),
                random);
        return switch (random.nextInt(9)) {
            case 0 -> "{\"id\":" + id + ",\"method\":" + method + ",\"params\":" + params + "}";          // no jsonrpc
            case 1 -> "{\"jsonrpc\":\"1.0\",\"id\":" + id + ",\"method\":" + method + ",\"params\":" + params + "}";
            case 2 -> "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":" + pick(WRONG_TYPES, random) + "}";
            case 3 -> "[]";
            case 4 -> "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":" + method + "},{\"jsonrpc\":\"2.0\",\"id\":2}]";
            case 5 -> "{\"jsonrpc\":\"2.0\",\"method\":" + method + ",\"params\":" + params + "}";     // notification
            default -> "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":" + method + ",\"params\":" + params + "}";
        };
    }

    private static String manyParts(Random random) {
        int count = pick(List.of(101, 1_000, 10_000), random);
        String part = "{\"kind\":\"text\",\"text\":\"p\"},";
        String parts = part.repeat(count);
        return "{\"message\":{\"kind\":\"message\",\"role\":\"user\",\"messageId\":\"many\",\"parts\":["
                + parts.substring(0, parts.length() - 1) + "]}}";
    }

    private static String truncated(String json, Random random) {
        return json.length() < 2 ? "{" : json.substring(0, 1 + random.nextInt(json.length() - 1));
    }

    private static String decoded(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.ISO_8859_1).replaceAll("[\\x00-\\x1f]", "");
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
