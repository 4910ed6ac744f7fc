package io.switchboard.tools.tool;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A tool as stored. {@code parameters} is its JSON Schema and {@code config} its kind's definition (JSON, or
 * null), both as text. Stays inside the tools module; the API sees {@code ToolView}.
 */
public record ToolDefinition(String id, String name, String description, String kind, String parameters,
                             String config, boolean enabled, boolean builtIn, int timeoutMs, int maxAttempts,
                             int ratePerMinute, List<String> invokeRoles, String mcpServerId, String mcpToolName,
                             OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public ToolDefinition {
        invokeRoles = List.copyOf(invokeRoles);
    }

    public ToolDefinition withSettings(boolean newEnabled, int newTimeoutMs, int newMaxAttempts, int newRate,
                                       List<String> newRoles, OffsetDateTime now) {
        return new ToolDefinition(id, name, description, kind, parameters, config, newEnabled, builtIn, newTimeoutMs,
                newMaxAttempts, newRate, newRoles, mcpServerId, mcpToolName, createdAt, now);
    }

    public ToolDefinition withDefinition(String newDescription, String newParameters, String newConfig,
                                         OffsetDateTime now) {
        return new ToolDefinition(id, name, newDescription, kind, newParameters, newConfig, enabled, builtIn, timeoutMs,
                maxAttempts, ratePerMinute, invokeRoles, mcpServerId, mcpToolName, createdAt, now);
    }

    public ToolDefinition withEnabled(boolean newEnabled, OffsetDateTime now) {
        return withSettings(newEnabled, timeoutMs, maxAttempts, ratePerMinute, invokeRoles, now);
    }
}
