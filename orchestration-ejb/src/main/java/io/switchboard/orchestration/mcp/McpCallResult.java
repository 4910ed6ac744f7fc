package io.switchboard.orchestration.mcp;

/** The outcome of an MCP tools/call: the text for the client's model, and whether it is an error. */
public record McpCallResult(String text, boolean error) {

    public static McpCallResult failure(String text) {
        return new McpCallResult(text, true);
    }
}
