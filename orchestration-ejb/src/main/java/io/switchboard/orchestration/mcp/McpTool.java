package io.switchboard.orchestration.mcp;

import jakarta.json.JsonObject;

/** One tool as an MCP client sees it. */
public record McpTool(String name, String title, String description, JsonObject inputSchema) {
}
