package io.switchboard.tools.tool;

import io.switchboard.api.tool.ToolKind;
import io.switchboard.core.jdbc.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the registry's {@code mcp} tools of one server in step with what the server offers: new tools added
 * (named {@code <server>_<tool>}, enabled, default limits), changed ones updated with the settings kept,
 * vanished ones removed. A name already taken by another tool is skipped and reported.
 */
@ApplicationScoped
public class McpToolSync {

    static final int DEFAULT_TIMEOUT_MS = 60_000;

    @Inject
    ToolStore store;

    /** What a sync did: the registry names of the server's tools, and the tools that could not be added. */
    public record Result(List<String> names, List<String> skipped) {
    }

    @Transactional
    public Result sync(String serverId, String serverName, List<DiscoveredTool> offered) {
        Map<String, ToolDefinition> existing = store.ofMcpServer(serverId).stream()
                .collect(Collectors.toMap(ToolDefinition::mcpToolName, Function.identity(), (a, b) -> a));
        OffsetDateTime now = Jdbc.now();
        List<String> names = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> offeredNames = new HashSet<>();
        for (DiscoveredTool tool : offered) {
            offeredNames.add(tool.remoteName());
            String description = tool.description() == null || tool.description().isBlank()
                    ? "Tool " + tool.remoteName() + " of MCP server " + serverName : tool.description();
            description = description.length() > 2000 ? description.substring(0, 1997) + "..." : description;
            ToolDefinition known = existing.get(tool.remoteName());
            if (known != null) {
                if (!known.description().equals(description) || !known.parameters().equals(tool.parameters())) {
                    store.update(known.withDefinition(description, tool.parameters(), null, now));
                }
                names.add(known.name());
                continue;
            }
            String name = registryName(serverName, tool.remoteName());
            if (store.findByName(name).isPresent()) {
                skipped.add(tool.remoteName() + " (the name " + name + " is taken)");
                continue;
            }
            store.insert(new ToolDefinition(UUID.randomUUID().toString(), name, description, ToolKind.MCP,
                    tool.parameters(), null, true, false, DEFAULT_TIMEOUT_MS, ToolRegistry.DEFAULT_ATTEMPTS, 0,
                    ToolRegistry.DEFAULT_ROLES, serverId, tool.remoteName(), now, now));
            names.add(name);
        }
        existing.values().stream().filter(t -> !offeredNames.contains(t.mcpToolName())).forEach(t -> store.delete(t.id()));
        return new Result(names.stream().sorted().toList(), skipped);
    }

    @Transactional
    public void removeAll(String serverId) {
        store.deleteOfMcpServer(serverId);
    }

    /** {@code <server>_<tool>}, with characters model providers refuse replaced, at most 64 characters. */
    static String registryName(String serverName, String remoteName) {
        String name = (serverName + "_" + remoteName).replaceAll("[^A-Za-z0-9_-]", "_");
        if (name.length() > 64) {
            name = name.substring(0, 55) + "_" + Integer.toHexString(remoteName.toLowerCase(Locale.ROOT).hashCode());
        }
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
