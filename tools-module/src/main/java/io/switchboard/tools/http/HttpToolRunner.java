package io.switchboard.tools.http;

import io.switchboard.api.tool.HttpToolSpec;
import io.switchboard.api.tool.ToolKind;
import io.switchboard.tools.invoke.ToolCall;
import io.switchboard.tools.invoke.ToolFailure;
import io.switchboard.tools.invoke.ToolOutput;
import io.switchboard.tools.invoke.ToolRunner;
import io.switchboard.tools.json.JsonValues;
import io.switchboard.tools.tool.ToolDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;

/**
 * Runs administrator-defined {@code http} tools: fills the URL template and query from the arguments
 * (URL-encoded), resolves secret references in the headers, sends the arguments as a JSON body for POST, PUT
 * and PATCH (unless told not to), and returns status and body (parsed when it is JSON). A 4xx answer is a
 * failure the caller can read.
 */
@ApplicationScoped
public class HttpToolRunner implements ToolRunner {

    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    @Inject
    OutboundHttp http;

    @Override
    public String kind() {
        return ToolKind.HTTP;
    }

    /** The header carrying a workflow node execution's idempotency key. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Override
    public ToolOutput run(ToolDefinition tool, JsonObject arguments, ToolCall call) {
        HttpToolSpec spec = HttpToolSpecs.fromConfig(tool.config());
        String url = fill(spec.url(), arguments);
        StringJoiner query = new StringJoiner("&");
        spec.query().forEach((param, argument) -> {
            JsonValue value = arguments.get(argument);
            if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
                query.add(encode(param) + "=" + encode(JsonValues.text(value)));
            }
        });
        if (query.length() > 0) {
            url += (url.contains("?") ? "&" : "?") + query;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        spec.headers().forEach((name, value) -> headers.put(name, SecretReferences.resolve(value)));
        if (call.caller() != null && call.caller().idempotencyKey() != null) {
            headers.putIfAbsent(IDEMPOTENCY_KEY, call.caller().idempotencyKey());
        }
        boolean sendBody = BODY_METHODS.contains(spec.method()) && !Boolean.FALSE.equals(spec.argumentsAsBody());
        HttpReply reply = http.send(spec.method(), url, headers, sendBody ? arguments.toString() : null,
                "application/json", call.timeout());
        if (reply.status() >= 400) {
            throw new ToolFailure("HTTP " + reply.status() + " from " + tool.name() + ": "
                    + reply.body().substring(0, Math.min(500, reply.body().length())));
        }
        return reply.toOutput();
    }

    static String fill(String template, JsonObject arguments) {
        Matcher matcher = HttpToolSpecs.PLACEHOLDER.matcher(template);
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            JsonValue value = arguments.get(matcher.group(1));
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                throw new ToolFailure("The argument '" + matcher.group(1) + "' is needed for the URL");
            }
            String encoded = URLEncoder.encode(JsonValues.text(value), StandardCharsets.UTF_8).replace("+", "%20");
            // a whole segment of dots would move up the path
            if (encoded.matches("\\.+")) {
                encoded = encoded.replace(".", "%2E");
            }
            matcher.appendReplacement(url, Matcher.quoteReplacement(encoded));
        }
        matcher.appendTail(url);
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
