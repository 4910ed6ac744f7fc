package io.switchboard.tools.mcp;

import io.switchboard.api.json.Jsonp;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.exception.ToolExecutionException;
import dev.langchain4j.mcp.client.McpClient;
import dev.langchain4j.service.tool.ToolExecutionResult;
import io.switchboard.api.tool.ToolKind;
import io.switchboard.tools.invoke.ToolCall;
import io.switchboard.tools.invoke.ToolFailure;
import io.switchboard.tools.invoke.ToolOutput;
import io.switchboard.tools.invoke.ToolRunner;
import io.switchboard.tools.invoke.TransientToolFailure;
import io.switchboard.tools.json.JsonValues;
import io.switchboard.tools.tool.ToolDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Runs {@code mcp} tools through the server's session. A tool error the server reports is a failure the caller
 * reads; a broken session (the process died, the connection dropped) closes it and is transient, so the
 * invoker's retry connects again — a stdio server is started anew.
 */
@ApplicationScoped
public class McpToolRunner implements ToolRunner {

    @Inject
    McpServerService servers;

    @Override
    public String kind() {
        return ToolKind.MCP;
    }

    @Override
    public ToolOutput run(ToolDefinition tool, JsonObject arguments, ToolCall call) {
        McpServerRecord server = servers.record(tool.mcpServerId());
        McpClient client = servers.client(server);
        ToolExecutionResult result;
        try {
            result = client.executeTool(ToolExecutionRequest.builder().id(call.attempt() + "-" + tool.name())
                    .name(tool.mcpToolName()).arguments(arguments.toString()).build());
        } catch (ToolExecutionException e) {
            if (e.errorCode() == null && e.getCause() != null) {
                String reason = McpServerService.reason(e);
                servers.failed(server, reason);
                throw new TransientToolFailure("MCP server '" + server.name() + "' failed: " + reason);
            }
            throw new ToolFailure(e.getMessage() == null ? "The MCP tool reported an error" : e.getMessage());
        } catch (ToolFailure e) {
            throw e;
        } catch (RuntimeException e) {
            String reason = McpServerService.reason(e);
            servers.failed(server, reason);
            throw new TransientToolFailure("MCP server '" + server.name() + "' failed: " + reason);
        }
        String text = result.resultText();
        if (result.isError()) {
            throw new ToolFailure(text == null || text.isBlank() ? "The MCP tool reported an error" : text);
        }
        JsonValue value = Jsonp.JSON.createValue(text == null ? "" : text);
        if (text != null && (text.startsWith("{") || text.startsWith("["))) {
            try {
                value = JsonValues.parse(text);
            } catch (IllegalArgumentException notJson) {
                // plain text
            }
        }
        return new ToolOutput(value, text);
    }
}
