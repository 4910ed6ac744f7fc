package io.switchboard.tools.builtin;

import io.switchboard.api.user.Roles;
import io.switchboard.tools.invoke.ToolCall;
import io.switchboard.tools.invoke.ToolOutput;
import jakarta.json.JsonObject;
import java.util.List;

/** A tool shipped with the platform. The registry stores its settings; the code defines what it is. */
public interface BuiltinTool {

    /** Invoke roles of the harmless tools, which agents with every tool ({@code *}) may use too. */
    List<String> AGENTS_TOO = List.of(Roles.ADMIN, Roles.OPERATOR, Roles.AGENT);

    String name();

    String description();

    /** The JSON Schema of its arguments. */
    JsonObject parameters();

    /** Default longest attempt, in milliseconds (an administrator may change it). */
    default int timeoutMs() {
        return 10_000;
    }

    /** Default attempts on transient failures. */
    default int maxAttempts() {
        return 1;
    }

    /** Default roles that may invoke it directly. */
    default List<String> invokeRoles() {
        return List.of(Roles.ADMIN, Roles.OPERATOR);
    }

    /**
     * Whether it only computes in memory and finishes in bounded time whatever its arguments (no I/O, no wait,
     * no size taken from the arguments): then it runs on the caller's thread, without the hop to an executor
     * thread that enforces the timeout of the others. Not the calculator: an expression such as
     * {@code ROUND(1, 999999999)} computes for a long time, and its timeout must free the caller.
     */
    default boolean inMemory() {
        return false;
    }

    /** Runs it; arguments have passed the schema. */
    ToolOutput run(JsonObject arguments, ToolCall call) throws Exception;
}
