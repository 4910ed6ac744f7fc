package io.switchboard.tools.invoke;

import io.switchboard.tools.tool.ToolDefinition;
import jakarta.json.JsonObject;

/** Runs the tools of one kind. Arguments have passed the tool's schema; throw {@link ToolFailure} to report a failure. */
public interface ToolRunner {

    /** The kind this runner runs ({@code builtin}, {@code http}, {@code sql}, {@code mcp}). */
    String kind();

    ToolOutput run(ToolDefinition tool, JsonObject arguments, ToolCall call) throws Exception;

    /**
     * Whether the tool runs on the caller's thread: only for tools that compute in memory and finish in
     * bounded time; the others run on an executor thread, so that their timeout can stop the wait.
     */
    default boolean runsInCaller(ToolDefinition tool) {
        return false;
    }
}
