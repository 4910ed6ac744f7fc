package io.switchboard.tools.mcp;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.tool.McpServerRequest;
import io.switchboard.api.tool.McpServerView;
import io.switchboard.core.jdbc.Jdbc;
import io.switchboard.core.secret.MasterKey;
import io.switchboard.tools.http.OutboundPolicy;
import io.switchboard.tools.http.SecretReferences;
import io.switchboard.tools.invoke.ToolFailure;
import io.switchboard.tools.json.JsonValues;
import io.switchboard.tools.schema.ArgumentSchemas;
import io.switchboard.tools.tool.DiscoveredTool;
import io.switchboard.tools.tool.McpToolSync;
import io.switchboard.tools.tool.ToolDefinition;
import io.switchboard.tools.tool.ToolStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Registering MCP servers and keeping their tools in the registry. Registration connects at once (a stdio
 * server is started), lists the server's tools and adds them as {@code mcp} tools; refresh lists them again.
 * A server that cannot be reached is kept, marked {@code unavailable} with the reason, and its tools fail
 * clearly until it answers again.
 */
@ApplicationScoped
public class McpServerService {

    private static final Logger LOG = Logger.getLogger(McpServerService.class.getName());

    @Inject
    McpServerStore store;

    @Inject
    ToolStore tools;

    @Inject
    McpToolSync sync;

    @Inject
    McpConnections connections;

    @Inject
    McpCommandPolicy commands;

    @Inject
    OutboundPolicy outbound;

    @Inject
    MasterKey masterKey;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public McpServerView register(McpServerRequest request) {
        boolean stdio = request.command() != null && !request.command().isEmpty();
        boolean http = request.url() != null && !request.url().isBlank();
        if (stdio == http) {
            throw PlatformException.invalid("mcp-server-transport", "Give either \"command\" (a stdio server to launch) "
                    + "or \"url\" (a streamable-HTTP server), not " + (stdio ? "both" : "neither"));
        }
        if (store.findByName(request.name()).isPresent()) {
            throw PlatformException.conflict("mcp-server-exists", "An MCP server named '" + request.name() + "' exists");
        }
        if (stdio) {
            String refusal = commands.refusal(request.command());
            if (refusal != null) {
                throw PlatformException.invalid("mcp-command-refused", refusal);
            }
        } else {
            String refusal = outbound.refusal(request.url());
            if (refusal != null) {
                throw PlatformException.invalid("mcp-url-refused", "The MCP server URL is refused: " + refusal);
            }
        }
        for (Map.Entry<String, String> e : values(request.env(), request.headers()).entrySet()) {
            String problem = SecretReferences.problem(e.getValue());
            if (problem != null) {
                throw PlatformException.invalid("mcp-secret-reference", e.getKey() + ": " + problem);
            }
        }
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = Jdbc.now();
        McpServerRecord record = new McpServerRecord(id, request.name(), stdio ? McpServerRecord.STDIO : McpServerRecord.HTTP,
                stdio ? JsonValues.of(request.command()).toString() : null, http ? request.url().strip() : null,
                seal(request.env(), "mcp-env:" + id), seal(request.headers(), "mcp-headers:" + id),
                McpServerView.UNAVAILABLE, "not connected yet", null, now, now);
        store.insert(record);
        return view(refresh(record));
    }

    public List<McpServerView> list() {
        return store.list().stream().map(this::view).toList();
    }

    public McpServerView get(String idOrName) {
        return view(record(idOrName));
    }

    /** Connects again (a stdio server restarts) and brings the registry in step with the tools it offers now. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public McpServerView refresh(String idOrName) {
        McpServerRecord record = record(idOrName);
        connections.reset(record.id());
        return view(refresh(record));
    }

    /** Removes the server and its tools, and closes its session (a stdio server's process ends). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void delete(String idOrName) {
        McpServerRecord record = record(idOrName);
        connections.reset(record.id());
        sync.removeAll(record.id());
        store.delete(record.id());
    }

    public McpServerRecord record(String idOrName) {
        return store.find(idOrName).or(() -> store.findByName(idOrName)).orElseThrow(() -> PlatformException.notFound(
                "mcp-server-not-found", "No MCP server named or with id '" + idOrName + "'"));
    }

    /** The server's session, connecting first; a {@link ToolFailure} naming the server when it cannot be reached. */
    dev.langchain4j.mcp.client.McpClient client(McpServerRecord record) {
        try {
            dev.langchain4j.mcp.client.McpClient client = connections.client(target(record));
            if (!McpServerView.CONNECTED.equals(record.status())) {
                mark(record, McpServerView.CONNECTED, null, null);
            }
            return client;
        } catch (RuntimeException e) {
            String reason = reason(e);
            mark(record, McpServerView.UNAVAILABLE, reason, null);
            throw new ToolFailure("MCP server '" + record.name() + "' is unavailable: " + reason);
        }
    }

    /** Closes the session after a failure and records the server as unavailable until it answers again. */
    void failed(McpServerRecord record, String reason) {
        connections.reset(record.id());
        mark(record, McpServerView.UNAVAILABLE, reason, null);
    }

    private McpServerRecord refresh(McpServerRecord record) {
        try {
            List<ToolSpecification> offered = connections.client(target(record)).listTools();
            List<DiscoveredTool> discovered = offered.stream().map(McpServerService::discovered).toList();
            McpToolSync.Result result = sync.sync(record.id(), record.name(), discovered);
            String detail = result.skipped().isEmpty() ? null : "not added: " + String.join(", ", result.skipped());
            return mark(record, McpServerView.CONNECTED, detail, Jdbc.now());
        } catch (RuntimeException e) {
            connections.reset(record.id());
            LOG.warning(() -> "MCP server '" + record.name() + "' is unavailable: " + reason(e));
            return mark(record, McpServerView.UNAVAILABLE, reason(e), null);
        }
    }

    private McpServerRecord mark(McpServerRecord record, String status, String detail, OffsetDateTime refreshed) {
        String d = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
        McpServerRecord updated = record.withStatus(status, d, refreshed, Jdbc.now());
        store.updateStatus(updated);
        return updated;
    }

    /**
     * A tool the server offers, its schema as LangChain4j read it (keywords its schema model does not know, such
     * as numeric bounds, are lost; the server checks them itself). A schema this platform cannot use is replaced
     * by any object, so the server alone checks the arguments.
     */
    static DiscoveredTool discovered(ToolSpecification spec) {
        JsonObject parameters = spec.parameters() == null ? ANY_OBJECT
                : (JsonObject) JsonValues.of(JsonSchemaElementUtils.toMap(spec.parameters()));
        if (!ArgumentSchemas.schemaProblems(parameters).isEmpty()) {
            LOG.warning(() -> "The schema of MCP tool " + spec.name() + " is not usable here; its server checks the "
                    + "arguments alone");
            parameters = ANY_OBJECT;
        }
        return new DiscoveredTool(spec.name(), spec.description(), parameters.toString());
    }

    private static final JsonObject ANY_OBJECT = JsonValues.parseObject("{\"type\":\"object\",\"properties\":{}}");

    McpTarget target(McpServerRecord record) {
        Map<String, String> env = new LinkedHashMap<>();
        open(record.envSealed(), "mcp-env:" + record.id()).forEach((k, v) -> env.put(k, SecretReferences.resolve(v)));
        Map<String, String> headers = new LinkedHashMap<>();
        open(record.headersSealed(), "mcp-headers:" + record.id())
                .forEach((k, v) -> headers.put(k, SecretReferences.resolve(v)));
        List<String> command = record.command() == null ? List.of()
                : JsonValues.parse(record.command()).asJsonArray().stream().map(JsonValues::text).toList();
        return new McpTarget(record.id(), record.name(), record.transport(), command, record.url(), env, headers);
    }

    private McpServerView view(McpServerRecord r) {
        List<String> names = tools.ofMcpServer(r.id()).stream().map(ToolDefinition::name).toList();
        List<String> command = r.command() == null ? null
                : JsonValues.parse(r.command()).asJsonArray().stream().map(JsonValues::text).toList();
        return new McpServerView(r.id(), r.name(), r.transport(), command, r.url(),
                new ArrayList<>(open(r.envSealed(), "mcp-env:" + r.id()).keySet()),
                new ArrayList<>(open(r.headersSealed(), "mcp-headers:" + r.id()).keySet()), r.status(), r.statusDetail(),
                names, r.refreshedAt() == null ? null : r.refreshedAt().toInstant(), r.createdAt().toInstant());
    }

    private String seal(Map<String, String> values, String context) {
        return values == null || values.isEmpty() ? null
                : masterKey.box().seal(JsonValues.of(values).toString(), context);
    }

    private Map<String, String> open(String sealed, String context) {
        Map<String, String> values = new LinkedHashMap<>();
        if (sealed != null) {
            JsonValues.parseObject(masterKey.box().open(sealed, context)).forEach((k, v) -> values.put(k, JsonValues.text(v)));
        }
        return values;
    }

    private static Map<String, String> values(Map<String, String> env, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        if (env != null) {
            env.forEach((k, v) -> all.put("env." + k, v));
        }
        if (headers != null) {
            headers.forEach((k, v) -> all.put("headers." + k, v));
        }
        return all;
    }

    static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause
                && (cause.getMessage() == null || cause instanceof java.util.concurrent.ExecutionException
                || cause.getMessage().startsWith("java.") || cause.getMessage().startsWith("dev.langchain4j"))) {
            cause = cause.getCause();
        }
        if (cause instanceof java.util.concurrent.TimeoutException || cause instanceof java.net.http.HttpTimeoutException) {
            return "the server did not answer in time";
        }
        // a reason for people, without exception class names
        String message = cause.getMessage() == null ? "no reason given"
                : cause.getMessage().replaceAll("^([a-z][a-z0-9_]*\\.)+[A-Za-z0-9_$]*(Exception|Error):\\s*", "");
        return message.lines().findFirst().orElse(message);
    }
}
