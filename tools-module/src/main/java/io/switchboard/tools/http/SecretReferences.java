package io.switchboard.tools.http;

import io.switchboard.tools.invoke.ToolFailure;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code {{secret:NAME}}} in a header or environment value stands for a secret kept outside the platform's
 * database: the configuration property {@code switchboard.secret.name}, i.e. the environment variable
 * {@code SWITCHBOARD_SECRET_NAME}. Definitions store the reference, never the value.
 */
public final class SecretReferences {

    private static final Pattern REFERENCE = Pattern.compile("\\{\\{secret:([A-Za-z0-9_]{1,100})}}");
    private static final Pattern ANY_BRACES = Pattern.compile("\\{\\{[^}]*}}");

    private SecretReferences() {
    }

    /** The value with every reference replaced by its secret; fails clearly when a secret is not configured. */
    public static String resolve(String value) {
        return resolve(value, name -> ConfigProvider.getConfig()
                .getOptionalValue("switchboard.secret." + name.toLowerCase(Locale.ROOT), String.class).orElse(null));
    }

    static String resolve(String value, Function<String, String> secrets) {
        if (value == null || !value.contains("{{")) {
            return value;
        }
        Matcher matcher = REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String secret = secrets.apply(name);
            if (secret == null) {
                throw new ToolFailure("The secret " + name + " is not configured: set the environment variable "
                        + "SWITCHBOARD_SECRET_" + name.toUpperCase(Locale.ROOT));
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(secret));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    /** True when the value holds at least one secret reference. */
    public static boolean holdsReference(String value) {
        return value != null && REFERENCE.matcher(value).find();
    }

    /** Null when every {@code {{...}}} in the value is a well-formed secret reference, else what is wrong. */
    public static String problem(String value) {
        if (value == null) {
            return null;
        }
        Matcher any = ANY_BRACES.matcher(value);
        while (any.find()) {
            if (!REFERENCE.matcher(any.group()).matches()) {
                return "'" + any.group() + "' is not a secret reference; write {{secret:NAME}} (letters, digits, '_')";
            }
        }
        return null;
    }
}
