package io.switchboard.tools.builtin;

import io.switchboard.tools.http.HttpReply;
import io.switchboard.tools.http.OutboundHttp;
import io.switchboard.tools.invoke.ToolCall;
import io.switchboard.tools.invoke.ToolOutput;
import io.switchboard.tools.json.JsonValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code http_request}: a GET or POST to an allow-listed host ({@code SWITCHBOARD_TOOLS_HTTP_ALLOWED_HOSTS});
 * private, loopback and link-local addresses are refused unless allow-listed, every redirect is checked again,
 * and the response is limited in size and time.
 */
@ApplicationScoped
public class HttpRequestTool implements BuiltinTool {

    public static final String NAME = "http_request";

    @Inject
    OutboundHttp http;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Sends an HTTP GET or POST to an allow-listed host and returns the status and body (JSON bodies "
                + "parsed). Hosts that are not allow-listed and internal addresses are refused.";
    }

    @Override
    public JsonObject parameters() {
        return Schemas.of("""
                {"type":"object","properties":{
                  "url":{"type":"string","minLength":1,"maxLength":2000,"description":"An http or https URL"},
                  "method":{"enum":["GET","POST"],"description":"Default GET"},
                  "headers":{"type":"object","maxProperties":20,"additionalProperties":{"type":"string","maxLength":2000}},
                  "body":{"type":"string","maxLength":100000,"description":"POST: the request body"},
                  "contentType":{"type":"string","maxLength":200,"description":"POST: the body's media type (default application/json)"}},
                 "required":["url"],"additionalProperties":false}""");
    }

    @Override
    public int timeoutMs() {
        return 15_000;
    }

    @Override
    public int maxAttempts() {
        return 2;
    }

    @Override
    public ToolOutput run(JsonObject arguments, ToolCall call) {
        String method = arguments.containsKey("method") ? arguments.getString("method") : "GET";
        Map<String, String> headers = new LinkedHashMap<>();
        if (arguments.get("headers") instanceof JsonObject given) {
            given.forEach((name, value) -> headers.put(name, JsonValues.text(value)));
        }
        String body = "POST".equals(method) ? JsonValues.string(arguments, "body") : null;
        HttpReply reply = http.send(method, arguments.getString("url"), headers, body,
                JsonValues.string(arguments, "contentType"), call.timeout());
        return reply.toOutput();
    }
}
