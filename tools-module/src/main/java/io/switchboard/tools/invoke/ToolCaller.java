package io.switchboard.tools.invoke;

import java.util.Objects;
import java.util.Set;

/**
 * Who invokes a tool. A user (through the API or MCP) needs one of the tool's invoke roles; an agent may use
 * the tools it names, and with {@code *} every tool whose invoke roles include {@code agent}; a workflow run
 * carries the roles of whoever started it, and an idempotency key per node execution ({@code runId:nodeId:attempt})
 * that tools pass on (an http tool as the {@code Idempotency-Key} header) so a repeated call can be recognised.
 */
public record ToolCaller(String type, String name, Set<String> roles, Set<String> allowedTools, String taskId,
                         String runId, String idempotencyKey) {

    public static final String USER = "user";
    public static final String AGENT = "agent";
    public static final String WORKFLOW = "workflow";
    public static final String ANY_TOOL = "*";

    public ToolCaller {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        allowedTools = allowedTools == null ? Set.of() : Set.copyOf(allowedTools);
    }

    public static ToolCaller user(String name, Set<String> roles) {
        return new ToolCaller(USER, name, roles, null, null, null, null);
    }

    public static ToolCaller agent(String agentName, Set<String> allowedTools, String taskId) {
        return new ToolCaller(AGENT, agentName, null, allowedTools, taskId, null, null);
    }

    public static ToolCaller workflow(String runId, String startedBy, Set<String> roles, String idempotencyKey) {
        return new ToolCaller(WORKFLOW, startedBy, roles, null, null, runId, idempotencyKey);
    }

}
