/**
 * The tool registry: tool definitions and their settings (enabled, limits, roles), stored in the
 * {@code tools} table; built-in tools kept in step with the code, MCP tools with their servers.
 */
package io.switchboard.tools.tool;
