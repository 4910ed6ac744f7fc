package io.switchboard.tools.audit;

import io.switchboard.api.json.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What of a tool's arguments may be kept in the audit: members whose name suggests a secret (password, token,
 * api key, authorization, cookie, credential, private key) are replaced by {@value #REDACTED}, and long strings
 * are cut, recursively.
 */
public final class Redaction {

    public static final String REDACTED = "***";
    static final int MAX_STRING = 500;
    private static final Pattern SECRET_NAME = Pattern.compile(
            "password|passwd|passphrase|^pass$|^pwd$|secret|token|api[-_]?key|apikey|authorization|cookie|credential|private[-_]?key"
                    + "|access[-_]?key");

    private Redaction() {
    }

    public static JsonObject redact(JsonObject arguments) {
        return arguments == null ? JsonValue.EMPTY_JSON_OBJECT : (JsonObject) redactValue(arguments, 0);
    }

    static boolean isSecretName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SECRET_NAME.matcher(lower).find();
    }

    private static JsonValue redactValue(JsonValue value, int depth) {
        if (depth > 20) {
            return Jsonp.JSON.createValue("(nested too deep)");
        }
        if (value instanceof JsonObject object) {
            JsonObjectBuilder builder = Jsonp.JSON.createObjectBuilder();
            object.forEach((key, member) -> builder.add(key, isSecretName(key) && member.getValueType()
                    != JsonValue.ValueType.NULL ? Jsonp.JSON.createValue(REDACTED) : redactValue(member, depth + 1)));
            return builder.build();
        }
        if (value instanceof jakarta.json.JsonArray array) {
            JsonArrayBuilder builder = Jsonp.JSON.createArrayBuilder();
            array.forEach(item -> builder.add(redactValue(item, depth + 1)));
            return builder.build();
        }
        if (value instanceof JsonString s && s.getString().length() > MAX_STRING) {
            return Jsonp.JSON.createValue(s.getString().substring(0, MAX_STRING) + "…(" + s.getString().length() + " chars)");
        }
        return value;
    }
}
