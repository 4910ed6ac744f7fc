/**
 * Switchboard as an MCP server, the service side: which tools a caller sees (the enabled registry tools its
 * roles may invoke, and the active agents as tools that send a task to the agent over A2A) and calling them.
 * The MCP wire protocol itself is in the web module.
 */
package io.switchboard.orchestration.mcp;
