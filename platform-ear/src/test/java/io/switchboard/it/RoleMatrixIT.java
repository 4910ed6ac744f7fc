package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The role matrix, generated from the live {@code /openapi} document: every operation must be declared in
 * {@code role-matrix.txt} (and every declared one must exist); then each is called without a token, and with a
 * token of each role (signed with the server's key): a role the matrix does not allow must get 403, an allowed
 * one must get past security (neither 401 nor 403), no token must be 401 unless the operation is public, and
 * nothing may answer 5xx. Path parameters are ids that do not exist and bodies are empty, so nothing changes.
 */
class RoleMatrixIT {

    private static final List<String> ROLES = List.of("admin", "operator", "viewer", "agent");
    private static final Set<String> VERBS = Set.of("get", "post", "put", "delete", "patch");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyOperationIsDeclaredAndOnlyItsRolesReachIt() throws Exception {
        String base = SharedPlatform.server().baseUrl();
        Map<String, Set<String>> declared = declared();
        JsonObject openapi = json(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body());
        Map<String, String> consumes = new LinkedHashMap<>();
        openapi.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((verb, op) -> {
            if (VERBS.contains(verb)) {
                JsonObject body = op.asJsonObject().getJsonObject("requestBody");
                String type = body == null || !body.containsKey("content") ? "application/json"
                        : body.getJsonObject("content").keySet().iterator().next();
                consumes.put(verb.toUpperCase() + " " + path, type);
            }
        }));
        assertThat(new TreeSet<>(consumes.keySet())).as("operations in /openapi without declared roles, or declared "
                + "operations that no longer exist (update role-matrix.txt)").isEqualTo(new TreeSet<>(declared.keySet()));

        Map<String, String> tokens = new LinkedHashMap<>();
        for (String role : ROLES) {
            tokens.put(role, token(role));
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> op : consumes.entrySet()) {
            Set<String> allowed = declared.get(op.getKey());
            boolean open = allowed.contains("public");
            int anonymous = call(base, op.getKey(), op.getValue(), null);
            if (anonymous >= 500 || (!open && anonymous != 401)) {
                wrong.add(op.getKey() + " without a token: " + anonymous);
            }
            for (String role : ROLES) {
                int status = call(base, op.getKey(), op.getValue(), tokens.get(role));
                boolean reaches = status != 401 && status != 403;
                if (status >= 500 || (open || allowed.contains(role)) != reaches) {
                    wrong.add(op.getKey() + " as " + role + ": " + status + " (allowed: " + allowed + ")");
                }
            }
        }
        assertThat(wrong).as("operations answering against the matrix").isEmpty();
    }

    private static Map<String, Set<String>> declared() throws Exception {
        Map<String, Set<String>> declared = new LinkedHashMap<>();
        try (InputStream in = RoleMatrixIT.class.getResourceAsStream("/role-matrix.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.strip().split("\\s+");
                declared.put(parts[0] + " " + parts[1], Set.of(parts[2].split(",")));
            }
        }
        return declared;
    }

    /** The status of one call; path parameters become an id that does not exist, the body is empty. */
    private static int call(String base, String operation, String contentType, String token) throws Exception {
        String[] parts = operation.split(" ", 2);
        String path = parts[1].replaceAll("\\{[^}]+}", "00000000-0000-4000-8000-00000000dead");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        boolean withBody = parts[0].equals("POST") || parts[0].equals("PUT") || parts[0].equals("PATCH");
        String type = contentType.startsWith("multipart/") ? contentType + "; boundary=role-matrix" : contentType;
        request.method(parts[0], withBody ? HttpRequest.BodyPublishers.ofString(type.startsWith("application/json")
                ? "{}" : "") : HttpRequest.BodyPublishers.noBody());
        if (withBody) {
            request.header("Content-Type", type);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        // headers only: an event stream the role may open never ends
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }

    private static String token(String role) {
        return ServerTokens.forRole(SharedPlatform.server(), "matrix-" + role, role);
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
