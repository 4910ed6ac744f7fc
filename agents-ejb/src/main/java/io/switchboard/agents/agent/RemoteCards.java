package io.switchboard.agents.agent;

import io.switchboard.api.json.Jsonp;
import io.switchboard.api.problem.PlatformException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fetches and checks the A2A card of a remote agent: the fields both versions require, skills, and a JSON-RPC
 * interface of A2A 0.3 or 1.0 (0.3 preferred, as every A2A server speaks it).
 */
@ApplicationScoped
public class RemoteCards {

    static final int MAX_CARD_BYTES = 1_048_576;

    @Inject
    @ConfigProperty(name = "switchboard.agents.card-timeout", defaultValue = "PT10S")
    Duration timeout;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();

    /** The card at the URL, checked; an INVALID platform error says what is wrong. */
    public FetchedCard fetch(String cardUrl) {
        long started = System.nanoTime();
        String body = download(cardUrl);
        long millis = (System.nanoTime() - started) / 1_000_000;
        JsonObject card;
        try (JsonReader reader = Jsonp.JSON.createReader(new StringReader(body))) {
            card = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw invalid(cardUrl, "is not a JSON object");
        }
        return check(cardUrl, card, millis);
    }

    static FetchedCard check(String cardUrl, JsonObject card, long latencyMillis) {
        List<String> missing = new ArrayList<>();
        for (String field : List.of("name", "description", "version")) {
            if (!(card.get(field) instanceof JsonString text) || text.getString().isBlank()) {
                missing.add(field);
            }
        }
        if (!(card.get("capabilities") instanceof JsonObject)) {
            missing.add("capabilities");
        }
        for (String field : List.of("defaultInputModes", "defaultOutputModes", "skills")) {
            if (!(card.get(field) instanceof JsonArray)) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            throw invalid(cardUrl, "lacks required fields: " + String.join(", ", missing));
        }
        int index = 0;
        for (JsonValue skill : card.getJsonArray("skills")) {
            if (!(skill instanceof JsonObject s) || !s.containsKey("id") || !s.containsKey("name")
                    || !s.containsKey("description") || !(s.get("tags") instanceof JsonArray)) {
                throw invalid(cardUrl, "has a skill without id, name, description and tags (skills[" + index + "])");
            }
            index++;
        }
        Endpoint endpoint = jsonRpcEndpoint(card);
        if (endpoint == null) {
            throw invalid(cardUrl, "offers no JSON-RPC interface of A2A 0.3 or 1.0");
        }
        if (!endpoint.url().startsWith("http://") && !endpoint.url().startsWith("https://")) {
            throw invalid(cardUrl, "names a JSON-RPC endpoint that is not an http(s) URL: " + endpoint.url());
        }
        return new FetchedCard(card.getString("name"), card.getString("description"), endpoint.url(),
                endpoint.protocolVersion(), card.toString(), latencyMillis);
    }

    private static Endpoint jsonRpcEndpoint(JsonObject card) {
        List<Endpoint> offered = new ArrayList<>();
        if (card.get("supportedInterfaces") instanceof JsonArray interfaces) {
            for (JsonValue value : interfaces) {
                if (value instanceof JsonObject i && "JSONRPC".equalsIgnoreCase(i.getString("protocolBinding", ""))
                        && i.containsKey("url")) {
                    String version = i.getString("protocolVersion", "");
                    if (version.startsWith("0.3")) {
                        offered.add(new Endpoint(i.getString("url"), "0.3"));
                    } else if (version.startsWith("1.")) {
                        offered.add(new Endpoint(i.getString("url"), "1.0"));
                    }
                }
            }
        }
        String transport = card.getString("preferredTransport", "JSONRPC");
        String cardVersion = card.getString("protocolVersion", "");
        if (card.get("url") instanceof JsonString url && "JSONRPC".equalsIgnoreCase(transport)
                && (cardVersion.startsWith("0.3") || cardVersion.startsWith("0.2") || cardVersion.isEmpty())) {
            offered.add(new Endpoint(url.getString(), "0.3"));
        }
        if (card.get("additionalInterfaces") instanceof JsonArray more) {
            for (JsonValue value : more) {
                if (value instanceof JsonObject i && "JSONRPC".equalsIgnoreCase(i.getString("transport", ""))
                        && i.containsKey("url") && !cardVersion.startsWith("1.")) {
                    offered.add(new Endpoint(i.getString("url"), "0.3"));
                }
            }
        }
        return offered.stream().filter(e -> e.protocolVersion().equals("0.3")).findFirst()
                .orElse(offered.isEmpty() ? null : offered.get(0));
    }

    private String download(String cardUrl) {
        URI uri;
        try {
            uri = URI.create(cardUrl);
        } catch (IllegalArgumentException e) {
            throw invalid(cardUrl, "is not a valid URL");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET()
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw unreachable(cardUrl, "answered HTTP " + response.statusCode());
                }
                byte[] bytes = in.readNBytes(MAX_CARD_BYTES + 1);
                if (bytes.length > MAX_CARD_BYTES) {
                    throw invalid(cardUrl, "is larger than " + MAX_CARD_BYTES + " bytes");
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw unreachable(cardUrl, "could not be fetched: " + io.switchboard.core.net.NetworkFailures.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(cardUrl, "could not be fetched: interrupted");
        }
    }

    private static PlatformException invalid(String cardUrl, String what) {
        return PlatformException.invalid("agent-card-invalid", "The agent card at " + cardUrl + " " + what);
    }

    private static PlatformException unreachable(String cardUrl, String what) {
        return PlatformException.invalid("agent-card-unreachable", "The agent card at " + cardUrl + " " + what);
    }

    /** A checked card: what the registry keeps of it, and how long fetching it took. */
    public record FetchedCard(String name, String description, String endpointUrl, String protocolVersion,
                              String json, long latencyMillis) {
    }

    private record Endpoint(String url, String protocolVersion) {
    }
}
