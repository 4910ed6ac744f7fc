package io.switchboard.workflow.run;

import io.switchboard.api.json.Jsonp;
import io.switchboard.agents.agent.AgentRegistry;
import io.switchboard.api.a2a.Message;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.knowledge.Passage;
import io.switchboard.api.knowledge.QueryRequest;
import io.switchboard.api.task.TaskStatus;
import io.switchboard.api.tool.ToolInvocationResult;
import io.switchboard.api.workflow.WorkflowNode;
import io.switchboard.orchestration.a2a.client.A2aCallResult;
import io.switchboard.orchestration.a2a.client.A2aClient;
import io.switchboard.orchestration.a2a.client.AgentTargets;
import io.switchboard.rag.knowledge.KnowledgeStore;
import io.switchboard.rag.search.KnowledgeSearch;
import io.switchboard.tools.invoke.ToolCaller;
import io.switchboard.tools.invoke.ToolInvoker;
import io.switchboard.workflow.definition.NodeTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Does one node's work: an agent over A2A (with the node's idempotency key in the message metadata), a tool
 * through the tools module as the run (checked, audited with the run id), a retrieval, a template, a condition.
 * Returns the node's output; throws when it fails. Approval nodes are decided by {@link NodeRunner}.
 */
@ApplicationScoped
public class NodeExecutor {

    /** Metadata key of the idempotency key sent with an agent node's message. */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";

    @Inject
    AgentRegistry agents;

    @Inject
    A2aClient a2a;

    @Inject
    AgentTargets targets;

    @Inject
    ToolInvoker tools;

    @Inject
    KnowledgeSearch search;

    @Inject
    KnowledgeStore collections;

    public JsonValue execute(RunStore.Run run, WorkflowNode node, String attempt, Map<String, Object> inputs,
                             Map<String, Object> nodes) {
        JsonObject config = node.config() == null ? JsonValue.EMPTY_JSON_OBJECT : node.config();
        return switch (node.type()) {
            case NodeTypes.START -> RunValues.toJson(inputs);
            case NodeTypes.END -> config.containsKey("output")
                    ? RunValues.toJson(RunValues.evaluate(config.get("output"), inputs, nodes)) : JsonValue.NULL;
            case NodeTypes.TRANSFORM -> RunValues.toJson(RunValues.evaluate(config.get("template"), inputs, nodes));
            case NodeTypes.CONDITION -> {
                Object result = RunValues.evaluate(config.getString("expression"), inputs, nodes);
                if (!(result instanceof Boolean b)) {
                    throw new IllegalArgumentException("The condition " + config.getString("expression")
                            + " gave " + result + ", not true or false");
                }
                yield b ? JsonValue.TRUE : JsonValue.FALSE;
            }
            case NodeTypes.PARALLEL, NodeTypes.JOIN -> JsonValue.NULL;
            case NodeTypes.AGENT -> agent(run, node, attempt, config, inputs, nodes);
            case NodeTypes.TOOL -> tool(run, node, attempt, config, inputs, nodes);
            case NodeTypes.RETRIEVE -> retrieve(config, inputs, nodes);
            case NodeTypes.MAP -> throw new IllegalStateException("map nodes run through MapItems");
            default -> throw new UnsupportedOperationException("Node type '" + node.type() + "' cannot run yet");
        };
    }

    private JsonValue agent(RunStore.Run run, WorkflowNode node, String attempt, JsonObject config,
                            Map<String, Object> inputs, Map<String, Object> nodes) {
        String name = String.valueOf(RunValues.evaluate(config.getString("agent"), inputs, nodes));
        String input = String.valueOf(RunValues.evaluate(config.getString("input"), inputs, nodes));
        // not findActive: an EJB's PlatformException would mark the chunk's transaction for rollback
        AgentView agent = agents.list().stream().filter(a -> a.name().equalsIgnoreCase(name) || a.id().equals(name))
                .findFirst().orElseThrow(() -> new IllegalStateException("No agent named '" + name + "' is registered"));
        if (!io.switchboard.api.agent.AgentStatus.ACTIVE.equals(agent.status())) {
            throw new IllegalStateException("Agent '" + agent.name() + "' is not active (" + agent.status() + ")");
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put(Message.PLATFORM_TASK_ID, run.id());
        metadata.put(IDEMPOTENCY_KEY, idempotencyKey(run, node, attempt));
        if (run.startedBy() != null) {
            metadata.put(Message.PLATFORM_USER, run.startedBy());
        }
        Message message = new Message(Message.ROLE_USER, List.of(io.switchboard.api.a2a.Part.text(input)),
                UUID.randomUUID().toString(), "run:" + run.id(), null, metadata, null, null, Message.KIND);
        A2aCallResult result = a2a.sendMessage(targets.of(agent), message);
        if (!TaskStatus.COMPLETED.equals(result.status())) {
            throw new IllegalStateException("Agent " + agent.name() + " did not complete: " + result.error());
        }
        return Jsonp.JSON.createValue(result.output() == null ? "" : result.output());
    }

    /**
     * {@code runId:nodeId:<execution>.<try>}: the execution count is rolled back with a chunk a crash cut short (so
     * the node runs again under the same key) and grows when a failed node is restarted; the try grows with each
     * retry after a failure, not after a timeout (the abandoned call may still go through).
     */
    static String idempotencyKey(RunStore.Run run, WorkflowNode node, String attempt) {
        return run.id() + ":" + node.id() + ":" + attempt;
    }

    private JsonValue tool(RunStore.Run run, WorkflowNode node, String attempt, JsonObject config,
                           Map<String, Object> inputs, Map<String, Object> nodes) {
        JsonValue arguments = config.containsKey("arguments")
                ? RunValues.toJson(RunValues.evaluate(config.get("arguments"), inputs, nodes)) : JsonValue.EMPTY_JSON_OBJECT;
        ToolCaller caller = ToolCaller.workflow(run.id(), run.startedBy(), run.startedRoles() == null ? java.util.Set.of()
                : new HashSet<>(Arrays.asList(run.startedRoles().split(","))), idempotencyKey(run, node, attempt));
        ToolInvocationResult result = tools.invoke(config.getString("tool"), arguments.asJsonObject(), caller);
        if (!result.succeeded()) {
            throw new IllegalStateException("Tool " + result.tool() + " failed: " + result.error());
        }
        return result.output() != null ? result.output() : Jsonp.JSON.createValue(result.text() == null ? "" : result.text());
    }

    private JsonValue retrieve(JsonObject config, Map<String, Object> inputs, Map<String, Object> nodes) {
        String collection = String.valueOf(RunValues.evaluate(config.getString("collection"), inputs, nodes));
        String query = String.valueOf(RunValues.evaluate(config.getString("query"), inputs, nodes));
        int k = config.containsKey("k") ? config.getInt("k") : 3;
        String id = collections.collectionByName(collection).map(c -> c.id()).orElse(collection);
        var array = Jsonp.JSON.createArrayBuilder();
        for (Passage p : search.query(id, new QueryRequest(query, k, "hybrid", null)).passages()) {
            array.add(Jsonp.JSON.createObjectBuilder().add("text", p.text()).add("document", p.documentName())
                    .add("chunk", p.chunkIndex()).add("score", p.score()));
        }
        return array.build();
    }
}
