/**
 * MCP servers as tool sources: registering a server by stdio command or streamable-HTTP URL, connecting to it
 * with LangChain4j's MCP client, discovering its tools into the registry as {@code mcp} tools, calling them, and
 * reconnecting (a stdio server is started again) when a server fails.
 */
package io.switchboard.tools.mcp;
