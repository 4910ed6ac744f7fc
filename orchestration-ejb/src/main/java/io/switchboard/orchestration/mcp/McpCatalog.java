package io.switchboard.orchestration.mcp;

import io.switchboard.agents.agent.AgentRegistry;
import io.switchboard.api.agent.AgentStatus;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.problem.ErrorKind;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.problem.Problem;
import io.switchboard.api.task.ExecuteTaskRequest;
import io.switchboard.api.task.TaskResult;
import io.switchboard.api.task.TaskStatus;
import io.switchboard.api.tool.ToolInvocationResult;
import io.switchboard.api.user.Roles;
import io.switchboard.orchestration.task.TaskExecutionService;
import io.switchboard.tools.invoke.ToolCaller;
import io.switchboard.tools.invoke.ToolInvoker;
import io.switchboard.tools.json.JsonValues;
import io.switchboard.tools.schema.ArgumentSchemas;
import io.switchboard.tools.tool.ToolDefinition;
import io.switchboard.tools.tool.ToolRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Switchboard offers over MCP, per caller: every enabled registry tool one of the caller's roles may
 * invoke, and — for callers who may execute tasks (admin, operator) — every active agent as the tool
 * {@code agent_<name>}, which sends the message to the agent through the orchestrator (A2A over HTTP) and
 * answers with its result. Tool calls go through the one invoker, so they are validated and audited.
 */
@ApplicationScoped
public class McpCatalog {

    static final String AGENT_PREFIX = "agent_";
    private static final Set<String> TASK_ROLES = Set.of(Roles.ADMIN, Roles.OPERATOR);
    private static final JsonObject AGENT_SCHEMA = JsonValues.parseObject("""
            {"type":"object","properties":{
              "message":{"type":"string","minLength":1,"maxLength":100000,"description":"What to ask the agent"},
              "sessionId":{"type":"string","maxLength":200,"description":"Continue an earlier conversation with this id"}},
             "required":["message"],"additionalProperties":false}""");

    @Inject
    ToolRegistry tools;

    @Inject
    ToolInvoker invoker;

    @Inject
    AgentRegistry agents;

    @Inject
    TaskExecutionService tasks;

    public List<McpTool> toolsFor(Set<String> roles) {
        List<McpTool> offered = new ArrayList<>();
        for (ToolDefinition tool : tools.definitions()) {
            if (tool.enabled() && tool.invokeRoles().stream().anyMatch(roles::contains)) {
                offered.add(new McpTool(tool.name(), null, tool.description(), JsonValues.parseObject(tool.parameters()),
                        null));
            }
        }
        if (roles.stream().anyMatch(TASK_ROLES::contains)) {
            for (AgentView agent : agents.list()) {
                if (AgentStatus.ACTIVE.equals(agent.status())) {
                    offered.add(new McpTool(agentToolName(agent), "Ask agent " + agent.name(),
                            "Sends a message to the Switchboard agent '" + agent.name() + "' and returns its answer. "
                                    + (agent.description() == null ? "" : agent.description()), AGENT_SCHEMA,
                            agent.id()));
                }
            }
        }
        return offered;
    }

    /** Runs the tool; unknown tools are an invalid-params error, failures of a known tool a result with error set. */
    public McpCallResult call(String name, JsonObject arguments, String user, Set<String> roles) {
        Optional<McpTool> tool = toolsFor(roles).stream().filter(t -> t.name().equals(name)).findFirst();
        if (tool.isEmpty()) {
            throw PlatformException.notFound("mcp-tool-not-found", "Unknown tool: " + name);
        }
        JsonObject args = arguments == null ? JsonObject.EMPTY_JSON_OBJECT : arguments;
        if (tool.get().agentId() != null) {
            return askAgent(tool.get().agentId(), args, user);
        }
        try {
            ToolInvocationResult result = invoker.invoke(name, args, ToolCaller.user(user, roles));
            return result.succeeded() ? new McpCallResult(result.text(), false)
                    : McpCallResult.failure(result.error());
        } catch (PlatformException refused) {
            if (refused.kind() == ErrorKind.NOT_FOUND) {
                throw refused;
            }
            return McpCallResult.failure(refused.getMessage());
        }
    }

    private McpCallResult askAgent(String agentId, JsonObject args, String user) {
        AgentView agent = agents.find(agentId);
        List<Problem.FieldError> violations = ArgumentSchemas.violations(AGENT_SCHEMA.toString(), args);
        if (!violations.isEmpty()) {
            return McpCallResult.failure("The arguments do not match the tool's schema: " + String.join("; ",
                    violations.stream().map(v -> v.field() + ": " + v.message()).toList()));
        }
        String message = args.getString("message");
        String sessionId = JsonValues.string(args, "sessionId");
        TaskResult result;
        try {
            result = tasks.execute(new ExecuteTaskRequest(agent.id(), message, sessionId, Map.of("via", "mcp")), user);
        } catch (PlatformException e) {
            return McpCallResult.failure(e.getMessage());
        }
        boolean completed = TaskStatus.COMPLETED.equals(result.status());
        return new McpCallResult(completed ? result.output() : "Agent " + agent.name() + " " + result.status() + ": "
                + (result.error() == null ? result.output() : result.error()), !completed);
    }

    static String agentToolName(AgentView agent) {
        String name = AGENT_PREFIX + agent.name().replaceAll("[^A-Za-z0-9_-]", "_");
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
