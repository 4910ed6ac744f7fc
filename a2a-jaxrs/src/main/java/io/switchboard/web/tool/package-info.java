/** REST resources of the tools module: the tool registry, invoking a tool, the audit, MCP servers and datasources. */
package io.switchboard.web.tool;
