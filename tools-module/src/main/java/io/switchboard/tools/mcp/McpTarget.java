package io.switchboard.tools.mcp;

import java.util.List;
import java.util.Map;

/** Where and how to reach an MCP server, secrets resolved: ready to connect. */
record McpTarget(String serverId, String name, String transport, List<String> command, String url,
                 Map<String, String> env, Map<String, String> headers) {
}
