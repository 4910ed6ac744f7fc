/**
 * The tool registry (to come): tools with JSON-schema parameters, built-in tools, admin-defined HTTP tools
 * and MCP servers as tool sources. Nothing is implemented yet; agents list tool names only.
 */
package io.switchboard.tools.tool;
