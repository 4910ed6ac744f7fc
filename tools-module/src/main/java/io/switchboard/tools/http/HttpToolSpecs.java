package io.switchboard.tools.http;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.problem.Problem;
import io.switchboard.api.tool.HttpToolSpec;
import io.switchboard.tools.json.JsonValues;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The definition of an {@code http} tool: checking it, and keeping it as the tool's config JSON. */
public final class HttpToolSpecs {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final Pattern SENSITIVE_HEADER = Pattern.compile(
            "(?i)authorization|cookie|token|secret|api[-_]?key|password|credential|signature|session");

    private HttpToolSpecs() {
    }

    /** Every problem of the definition against the tool's argument schema and the outbound policy. */
    public static List<Problem.FieldError> problems(HttpToolSpec spec, JsonObject schema, OutboundPolicy policy) {
        List<Problem.FieldError> problems = new ArrayList<>();
        Set<String> properties = schema == null || !(schema.get("properties") instanceof JsonObject p) ? Set.of()
                : p.keySet();
        String sample = PLACEHOLDER.matcher(spec.url()).replaceAll("x");
        try {
            URI uri = new URI(sample);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                problems.add(new Problem.FieldError("http.url", "must be an absolute http or https URL"));
            } else if (authorityHasPlaceholder(spec.url())) {
                problems.add(new Problem.FieldError("http.url", "the scheme, host and port may not come from arguments"));
            } else if (!policy.allowsHost(uri.getHost())) {
                problems.add(new Problem.FieldError("http.url", "host " + uri.getHost()
                        + " is not allow-listed for outbound HTTP (SWITCHBOARD_TOOLS_HTTP_ALLOWED_HOSTS)"));
            }
        } catch (java.net.URISyntaxException e) {
            problems.add(new Problem.FieldError("http.url", "is not a valid URL template: " + e.getReason()));
        }
        for (String placeholder : placeholders(spec.url())) {
            if (!properties.contains(placeholder)) {
                problems.add(new Problem.FieldError("http.url", "{" + placeholder + "} is not an argument of the tool"));
            }
        }
        if (spec.query() != null) {
            spec.query().forEach((param, argument) -> {
                if (argument == null || !properties.contains(argument)) {
                    problems.add(new Problem.FieldError("http.query." + param, "names no argument of the tool"));
                }
            });
        }
        if (spec.headers() != null) {
            spec.headers().forEach((name, value) -> {
                if (!name.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}")) {
                    problems.add(new Problem.FieldError("http.headers." + name, "is not a valid header name"));
                }
                String problem = SecretReferences.problem(value);
                if (problem != null) {
                    problems.add(new Problem.FieldError("http.headers." + name, problem));
                } else if (SENSITIVE_HEADER.matcher(name).find() && !SecretReferences.holdsReference(value)) {
                    problems.add(new Problem.FieldError("http.headers." + name, "carries a credential: write it as a "
                            + "secret reference ({{secret:NAME}}, set SWITCHBOARD_SECRET_NAME) so it is not stored"));
                }
            });
        }
        return problems;
    }

    private static boolean authorityHasPlaceholder(String template) {
        int start = template.indexOf("://");
        int end = template.length();
        if (start >= 0) {
            for (int i = start + 3; i < template.length(); i++) {
                char c = template.charAt(i);
                if (c == '/' || c == '?' || c == '#') {
                    end = i;
                    break;
                }
            }
        }
        int brace = template.indexOf('{');
        return brace >= 0 && brace < end;
    }

    static Set<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    public static String toConfig(HttpToolSpec spec) {
        JsonObjectBuilder config = Jsonp.JSON.createObjectBuilder().add("method", spec.method()).add("url", spec.url());
        config.add("query", JsonValues.of(spec.query() == null ? Map.of() : spec.query()));
        config.add("headers", JsonValues.of(spec.headers() == null ? Map.of() : spec.headers()));
        if (spec.argumentsAsBody() != null) {
            config.add("argumentsAsBody", spec.argumentsAsBody());
        }
        return config.build().toString();
    }

    public static HttpToolSpec fromConfig(String config) {
        JsonObject json = JsonValues.parseObject(config);
        return new HttpToolSpec(json.getString("method"), json.getString("url"), strings(json, "query"),
                strings(json, "headers"), json.containsKey("argumentsAsBody") ? json.getBoolean("argumentsAsBody") : null);
    }

    private static Map<String, String> strings(JsonObject json, String member) {
        Map<String, String> map = new LinkedHashMap<>();
        if (json.get(member) instanceof JsonObject object) {
            object.forEach((k, v) -> map.put(k, JsonValues.text(v)));
        }
        return map;
    }
}
