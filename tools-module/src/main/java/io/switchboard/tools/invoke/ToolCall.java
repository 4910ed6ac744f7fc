package io.switchboard.tools.invoke;

import java.time.Duration;

/** The circumstances of one attempt: who calls, and how long the attempt may take. */
public record ToolCall(ToolCaller caller, Duration timeout, int attempt) {
}
