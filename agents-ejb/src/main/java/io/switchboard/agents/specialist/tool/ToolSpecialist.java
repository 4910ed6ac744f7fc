package io.switchboard.agents.specialist.tool;

import io.switchboard.agents.execution.AgentExecutor;
import io.switchboard.agents.execution.TaskContext;
import io.switchboard.api.a2a.Artifact;
import io.switchboard.api.a2a.Part;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.tool.ToolInvocationResult;
import io.switchboard.api.user.Roles;
import io.switchboard.tools.invoke.ToolCaller;
import io.switchboard.tools.invoke.ToolFailure;
import io.switchboard.tools.invoke.ToolInvoker;
import io.switchboard.tools.tool.ToolDefinition;
import io.switchboard.tools.tool.ToolRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The {@code tool} executor: runs the tool a message asks for (see {@link DirectToolRequests}) with the agent's
 * identity, so the call is checked against the agent's tool list and audited with the task. Without a
 * recognisable request it answers with what it can do. Every answer says which mode produced it.
 */
@ApplicationScoped
public class ToolSpecialist implements AgentExecutor {

    public static final String NAME = "tool";
    static final String MODE = "direct tool invocation (no language model)";

    @Inject
    ToolInvoker invoker;

    @Inject
    ToolRegistry registry;

    static final String PROMPT = "You are Switchboard's tool agent. Use the tools you are given to answer: compute "
            + "with the calculator rather than in your head, and convert units and dates with their tools. Give the "
            + "result plainly, with the tool you used.";

    @Inject
    io.switchboard.agents.specialist.ModelAnswers answers;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void execute(AgentView agent, TaskContext task) {
        if (answers.answerIfModel(agent, task, PROMPT, null, task.message().joinedText())) {
            return;
        }
        Optional<ToolRequest> request;
        try {
            request = DirectToolRequests.recognise(task.message());
        } catch (ToolFailure e) {
            task.fail(e.getMessage());
            return;
        }
        if (request.isEmpty()) {
            task.complete(help(agent));
            return;
        }
        ToolRequest call = request.get();
        Set<String> allowed = new HashSet<>(agent.tools());
        task.working("Running tool " + call.tool());
        ToolInvocationResult result;
        try {
            result = invoker.invoke(call.tool(), call.arguments(), ToolCaller.agent(agent.name(), allowed,
                    task.originTaskId()));
        } catch (PlatformException e) {
            task.fail(e.getMessage());
            return;
        }
        if (!result.succeeded()) {
            task.fail("Tool " + result.tool() + " failed: " + result.error());
            return;
        }
        if (result.output() != null) {
            task.artifact(new Artifact(UUID.randomUUID().toString(), result.tool() + "-result", null,
                    List.of(new Part(Part.DATA, null, null, Map.of("tool", result.tool(), "invocationId",
                            result.invocationId(), "output", io.switchboard.tools.json.JsonValues.toJava(result.output())),
                            null)), Map.of("mode", MODE), null), false, true);
        }
        task.complete(result.text() + "\n\n(" + MODE + ": tool " + result.tool() + ", recognised as " + call.recognisedAs()
                + ")");
    }

    private String help(AgentView agent) {
        Set<String> allowed = new HashSet<>(agent.tools());
        List<String> tools = registry.definitions().stream().filter(ToolDefinition::enabled)
                .filter(t -> allowed.contains(t.name())
                        || allowed.contains(ToolCaller.ANY_TOOL) && t.invokeRoles().contains(Roles.AGENT))
                .map(ToolDefinition::name).sorted().toList();
        return "I run tools directly, without a language model. Ask me for example \"what is 15% of 200\", \"convert 3 "
                + "miles to km\" or \"what time is it in Tokyo\", or name a tool with its JSON arguments, e.g. "
                + "calculator {\"expression\": \"2^10\"}. Tools I may use: "
                + (tools.isEmpty() ? "none" : tools.stream().collect(Collectors.joining(", "))) + ".\n\n(" + MODE + ")";
    }
}
