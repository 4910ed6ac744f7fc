package io.switchboard.tools.tool;

import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.problem.Problem;
import io.switchboard.api.tool.ToolKind;
import io.switchboard.api.tool.ToolLimits;
import io.switchboard.api.tool.ToolRequest;
import io.switchboard.api.tool.ToolView;
import io.switchboard.api.user.Roles;
import io.switchboard.core.jdbc.Jdbc;
import io.switchboard.tools.http.HttpToolSpecs;
import io.switchboard.tools.http.OutboundPolicy;
import io.switchboard.tools.schema.ArgumentSchemas;
import io.switchboard.tools.sql.DatasourceStore;
import io.switchboard.tools.sql.SqlToolSpecs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The tool registry: lists and finds tools, and lets administrators define {@code http} and {@code sql} tools,
 * change any tool's settings (enabled, limits, invoke roles) and delete the tools they defined. Built-in tools
 * come from the code ({@link BuiltinSync}), MCP tools from their servers ({@link McpToolSync}).
 */
@ApplicationScoped
public class ToolRegistry {

    static final int DEFAULT_TIMEOUT_MS = 30_000;
    static final int DEFAULT_ATTEMPTS = 2;
    static final List<String> DEFAULT_ROLES = List.of(Roles.ADMIN, Roles.OPERATOR);

    @Inject
    ToolStore store;

    @Inject
    BuiltinSync builtins;

    @Inject
    OutboundPolicy outbound;

    @Inject
    DatasourceStore datasources;

    public List<ToolView> list() {
        return definitions().stream().map(ToolViews::view).toList();
    }

    /** Every tool as stored, built-in tools in step with the code. */
    public List<ToolDefinition> definitions() {
        builtins.ensureSynced();
        return store.list();
    }

    public ToolView get(String idOrName) {
        return ToolViews.view(definition(idOrName));
    }

    /** The tool with this id or name, or 404. */
    public ToolDefinition definition(String idOrName) {
        builtins.ensureSynced();
        return store.find(idOrName).or(() -> store.findByName(idOrName)).orElseThrow(() -> PlatformException.notFound(
                "tool-not-found", "No tool named or with id '" + idOrName + "'"));
    }

    @Transactional
    public ToolView create(ToolRequest request) {
        if (!ToolKind.DEFINABLE.contains(request.kind())) {
            throw PlatformException.invalid("tool-kind-not-definable", "Tools of kind '" + request.kind()
                    + "' are not created through the API: built-in tools ship with the platform and mcp tools come "
                    + "from registered MCP servers. Create an http or sql tool.");
        }
        builtins.ensureSynced();
        if (store.findByName(request.name()).isPresent()) {
            throw PlatformException.conflict("tool-exists", "A tool named '" + request.name() + "' exists");
        }
        List<Problem.FieldError> problems = definitionProblems(request);
        if (request.description() == null || request.description().isBlank()) {
            problems.add(0, new Problem.FieldError("description", "is required: it tells a model what the tool does"));
        }
        throwIfAny(problems);
        OffsetDateTime now = Jdbc.now();
        ToolLimits limits = request.limits();
        ToolDefinition tool = new ToolDefinition(UUID.randomUUID().toString(), request.name(),
                request.description().strip(), request.kind(), request.parameters().toString(), config(request),
                request.enabled() == null || request.enabled(), false,
                limits != null && limits.timeoutMs() != null ? limits.timeoutMs() : DEFAULT_TIMEOUT_MS,
                limits != null && limits.maxAttempts() != null ? limits.maxAttempts()
                        : ToolKind.SQL.equals(request.kind()) ? 1 : DEFAULT_ATTEMPTS,
                limits != null && limits.ratePerMinute() != null ? limits.ratePerMinute() : 0,
                roles(request.invokeRoles(), DEFAULT_ROLES), null, null, now, now);
        try {
            store.insert(tool);
        } catch (IllegalStateException e) {
            if (store.findByName(request.name()).isPresent()) {
                // created by a concurrent request between the check above and the insert
                throw PlatformException.conflict("tool-exists", "A tool named '" + request.name() + "' exists");
            }
            throw e;
        }
        return ToolViews.view(tool);
    }

    /**
     * Replaces an {@code http} or {@code sql} tool's definition and settings; for built-in and MCP tools only the
     * settings (enabled, limits, invoke roles) change.
     */
    @Transactional
    public ToolView update(String idOrName, ToolRequest request) {
        ToolDefinition existing = definition(idOrName);
        if (!existing.name().equals(request.name()) || !existing.kind().equals(request.kind())) {
            throw PlatformException.invalid("tool-identity-fixed", "A tool's name and kind do not change: send name '"
                    + existing.name() + "' and kind '" + existing.kind() + "'");
        }
        ToolDefinition updated = withSettings(existing, request);
        if (ToolKind.DEFINABLE.contains(existing.kind())) {
            List<Problem.FieldError> problems = definitionProblems(request);
            throwIfAny(problems);
            String description = request.description() == null || request.description().isBlank()
                    ? existing.description() : request.description().strip();
            updated = updated.withDefinition(description, request.parameters().toString(), config(request), Jdbc.now());
        } else if (request.parameters() != null || request.http() != null || request.sql() != null) {
            throw PlatformException.invalid("tool-definition-fixed", "The definition of " + existing.kind()
                    + " tool '" + existing.name() + "' comes from " + (ToolKind.MCP.equals(existing.kind())
                    ? "its MCP server" : "the platform") + "; only enabled, limits and invokeRoles can change");
        }
        store.update(updated);
        return ToolViews.view(updated);
    }

    @Transactional
    public ToolView setEnabled(String idOrName, boolean enabled) {
        ToolDefinition updated = definition(idOrName).withEnabled(enabled, Jdbc.now());
        store.update(updated);
        return ToolViews.view(updated);
    }

    /** Deletes an administrator-defined tool; built-in and MCP tools can be disabled instead. */
    @Transactional
    public void delete(String idOrName) {
        ToolDefinition tool = definition(idOrName);
        if (tool.builtIn()) {
            throw PlatformException.conflict("tool-built-in", "Built-in tool '" + tool.name()
                    + "' cannot be deleted; disable it instead");
        }
        if (ToolKind.MCP.equals(tool.kind())) {
            throw PlatformException.conflict("tool-from-mcp-server", "Tool '" + tool.name() + "' comes from an MCP "
                    + "server and would return at its next refresh; disable it, or delete the MCP server");
        }
        store.delete(tool.id());
    }

    private ToolDefinition withSettings(ToolDefinition existing, ToolRequest request) {
        ToolLimits limits = request.limits();
        return existing.withSettings(request.enabled() == null ? existing.enabled() : request.enabled(),
                limits != null && limits.timeoutMs() != null ? limits.timeoutMs() : existing.timeoutMs(),
                limits != null && limits.maxAttempts() != null ? limits.maxAttempts() : existing.maxAttempts(),
                limits != null && limits.ratePerMinute() != null ? limits.ratePerMinute() : existing.ratePerMinute(),
                roles(request.invokeRoles(), existing.invokeRoles()), Jdbc.now());
    }

    private List<Problem.FieldError> definitionProblems(ToolRequest request) {
        List<Problem.FieldError> problems = new ArrayList<>();
        if (request.parameters() == null) {
            problems.add(new Problem.FieldError("parameters", "is required: the JSON Schema of the tool's arguments"));
        } else {
            problems.addAll(ArgumentSchemas.schemaProblems(request.parameters()));
        }
        if (ToolKind.HTTP.equals(request.kind())) {
            if (request.http() == null) {
                problems.add(new Problem.FieldError("http", "is required for an http tool"));
            } else {
                problems.addAll(HttpToolSpecs.problems(request.http(), request.parameters(), outbound));
            }
            if (request.sql() != null) {
                problems.add(new Problem.FieldError("sql", "belongs to sql tools only"));
            }
        } else if (ToolKind.SQL.equals(request.kind())) {
            if (request.sql() == null) {
                problems.add(new Problem.FieldError("sql", "is required for a sql tool"));
            } else {
                problems.addAll(SqlToolSpecs.problems(request.sql(), request.parameters(),
                        datasources.findByName(request.sql().datasource()).isPresent()));
            }
            if (request.http() != null) {
                problems.add(new Problem.FieldError("http", "belongs to http tools only"));
            }
        }
        return problems;
    }

    private static String config(ToolRequest request) {
        return ToolKind.HTTP.equals(request.kind()) ? HttpToolSpecs.toConfig(request.http())
                : SqlToolSpecs.toConfig(request.sql());
    }

    private static List<String> roles(List<String> requested, List<String> otherwise) {
        return requested == null || requested.isEmpty() ? otherwise : requested.stream().distinct().sorted().toList();
    }

    private static void throwIfAny(List<Problem.FieldError> problems) {
        if (!problems.isEmpty()) {
            throw PlatformException.invalid("tool-definition-invalid", "The tool definition is invalid: "
                    + String.join("; ", problems.stream().map(p -> p.field() + " " + p.message()).toList()), problems);
        }
    }
}
