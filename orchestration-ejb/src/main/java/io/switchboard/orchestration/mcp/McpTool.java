package io.switchboard.orchestration.mcp;

import jakarta.json.JsonObject;

/** One tool as an MCP client sees it; {@code agentId} is set when the tool sends a task to that agent. */
public record McpTool(String name, String title, String description, JsonObject inputSchema, String agentId) {
}
