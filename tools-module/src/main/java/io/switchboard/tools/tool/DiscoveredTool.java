package io.switchboard.tools.tool;

/** A tool an MCP server offers: its name there, its description and the JSON Schema of its arguments. */
public record DiscoveredTool(String remoteName, String description, String parameters) {
}
