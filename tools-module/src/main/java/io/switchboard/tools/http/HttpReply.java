package io.switchboard.tools.http;

import io.switchboard.api.json.Jsonp;
import io.switchboard.tools.invoke.ToolOutput;
import io.switchboard.tools.json.JsonValues;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Locale;

/** The answer to an outbound request: status, content type, the body as text (cut at the size limit) and the final URL. */
public record HttpReply(int status, String contentType, String body, boolean truncated, String url) {

    /** The answer as a tool result: status, content type, URL and body (parsed when it is whole JSON), and as text. */
    public ToolOutput toOutput() {
        JsonValue parsed = Jsonp.JSON.createValue(body);
        if (contentType.toLowerCase(Locale.ROOT).contains("json") && !truncated) {
            try {
                parsed = JsonValues.parse(body);
            } catch (IllegalArgumentException notJson) {
                // keep the text
            }
        }
        JsonObject value = Jsonp.JSON.createObjectBuilder().add("status", status).add("contentType", contentType)
                .add("url", url).add("truncated", truncated).add("body", parsed).build();
        return new ToolOutput(value, "HTTP " + status + " from " + url + (truncated ? " (body cut at the size limit)" : "")
                + "\n" + body);
    }
}
