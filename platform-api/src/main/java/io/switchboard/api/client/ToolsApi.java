package io.switchboard.api.client;

import io.switchboard.api.tool.InvokeToolRequest;
import io.switchboard.api.tool.McpServerView;
import io.switchboard.api.tool.ToolAuditEntry;
import io.switchboard.api.tool.ToolInvocationResult;
import io.switchboard.api.tool.ToolView;

import java.util.List;

/** The tool registry, {@code /api/tools}, its audit, and the MCP servers that are tool sources. */
public interface ToolsApi {

    List<ToolView> tools();

    /** Invokes a tool as the signed-in user; the arguments are checked against its JSON Schema first. */
    ToolInvocationResult invoke(String idOrName, InvokeToolRequest request);

    /** The newest recorded invocations of a tool (null: of every tool). */
    List<ToolAuditEntry> audit(String tool, int limit);

    List<McpServerView> mcpServers();

    McpServerView refreshMcpServer(String id);

    /** Registers an MCP server (admin only): it is started or connected, and its tools join the registry. */
    McpServerView registerMcpServer(io.switchboard.api.tool.McpServerRequest request);

    /** Removes an MCP server and its tools from the registry (admin only). */
    void deleteMcpServer(String id);
}
