/**
 * The tools API: tools in the registry and their settings, invoking a tool, the invocation audit, MCP servers
 * as tool sources, and the read-only SQL datasources the SQL tools query.
 */
package io.switchboard.api.tool;
