package io.switchboard.agents.specialist;

import io.switchboard.api.json.Jsonp;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.service.tool.ToolExecutor;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.tool.ToolInvocationResult;
import io.switchboard.api.user.Roles;
import io.switchboard.tools.invoke.ToolCaller;
import io.switchboard.tools.invoke.ToolInvoker;
import io.switchboard.tools.tool.ToolDefinition;
import io.switchboard.tools.tool.ToolRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The tools an agent may use, offered to its model: each enabled tool on the agent's list (with {@code *}, every
 * tool agents may invoke) as a LangChain4j tool specification whose executor calls the tools module's
 * {@link ToolInvoker} with the agent's identity, so the call is permission-checked, validated against the tool's
 * schema, rate limited and audited with the task. A failed call is reported to the model as the tool's result, so
 * it can correct its arguments or explain.
 */
@ApplicationScoped
public class ModelTools {

    @Inject
    ToolRegistry registry;

    @Inject
    ToolInvoker invoker;

    public Map<ToolSpecification, ToolExecutor> forAgent(AgentView agent, String taskId) {
        return forAgent(agent, taskId, t -> true);
    }

    public Map<ToolSpecification, ToolExecutor> forAgent(AgentView agent, String taskId, Predicate<String> which) {
        Set<String> allowed = new HashSet<>(agent.tools() == null ? Set.of() : agent.tools());
        Map<ToolSpecification, ToolExecutor> tools = new LinkedHashMap<>();
        Set<String> offered = new HashSet<>();
        for (ToolDefinition tool : registry.definitions()) {
            boolean permitted = allowed.contains(tool.name())
                    || allowed.contains(ToolCaller.ANY_TOOL) && tool.invokeRoles().contains(Roles.AGENT);
            if (!tool.enabled() || !permitted || !which.test(tool.name())) {
                continue;
            }
            String name = modelName(tool.name());
            if (!offered.add(name)) {
                continue;
            }
            ToolSpecification spec = ToolSpecification.builder().name(name)
                    .description(tool.description() == null ? tool.name() : tool.description())
                    .parameters(ToolSchemas.parameters(tool.parameters())).build();
            ToolCaller caller = ToolCaller.agent(agent.name(), allowed, taskId);
            tools.put(spec, (request, memoryId) -> run(tool.name(), request.arguments(), caller));
        }
        return tools;
    }

    /** Tool names as providers accept them (letters, digits, _ and -, at most 64). */
    static String modelName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9_-]", "_");
        return safe.length() <= 64 ? safe : safe.substring(0, 64);
    }

    String run(String tool, String arguments, ToolCaller caller) {
        JsonObject args;
        try (JsonReader reader = Jsonp.JSON.createReader(new StringReader(arguments == null || arguments.isBlank()
                ? "{}" : arguments))) {
            args = reader.readObject();
        } catch (RuntimeException e) {
            return "Error: the arguments are not a JSON object: " + e.getMessage();
        }
        try {
            ToolInvocationResult result = invoker.invoke(tool, args, caller);
            return result.succeeded() ? result.text() : "Error: tool " + tool + " failed: " + result.error();
        } catch (PlatformException e) {
            return "Error: " + e.getMessage();
        }
    }
}
