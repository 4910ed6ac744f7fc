/**
 * Switchboard as an MCP server over streamable HTTP at {@code /mcp}: JSON-RPC over POST answered with JSON
 * (initialize, ping, tools/list, tools/call; notifications and responses accepted with 202), stateless (no
 * session id), JWT-protected like the rest of the API. What the tools are is the orchestrator's McpCatalog.
 */
package io.switchboard.web.mcp;
