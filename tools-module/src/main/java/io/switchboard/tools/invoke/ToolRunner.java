package io.switchboard.tools.invoke;

import io.switchboard.tools.tool.ToolDefinition;
import jakarta.json.JsonObject;

/** Runs the tools of one kind. Arguments have passed the tool's schema; throw {@link ToolFailure} to report a failure. */
public interface ToolRunner {

    /** The kind this runner runs ({@code builtin}, {@code http}, {@code sql}, {@code mcp}). */
    String kind();

    ToolOutput run(ToolDefinition tool, JsonObject arguments, ToolCall call) throws Exception;
}
