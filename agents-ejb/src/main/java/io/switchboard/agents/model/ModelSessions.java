package io.switchboard.agents.model;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import io.switchboard.agents.execution.TaskContext;
import io.switchboard.api.agent.AgentLimits;
import io.switchboard.api.agent.AgentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens the model session of one execution: the agent's model (see {@link AgentModels}), wrapped so every call
 * is checked against the task's, the agent's daily and the platform's daily token budgets and recorded. Provider
 * clients are built once per distinct spec and shared (they are thread-safe).
 */
@ApplicationScoped
public class ModelSessions {

    @Inject
    AgentModels models;

    @Inject
    UsageMeter meter;

    @Inject
    PlatformModel platform;

    /** Tokens each agent may spend per UTC day unless its limits say otherwise; 0 = no limit. */
    @Inject
    @ConfigProperty(name = "switchboard.budget.agent-daily-tokens", defaultValue = "0")
    long agentDailyTokens;

    private final Map<ModelSpec, ChatModel> chatClients = new ConcurrentHashMap<>();
    private final Map<ModelSpec, StreamingChatModel> streamingClients = new ConcurrentHashMap<>();

    /** The agent's model session for this task; empty when the agent has no model (deterministic mode). */
    public Optional<ModelSession> open(AgentView agent, TaskContext task) {
        return open(agent, task.originTaskId(), task.contextId());
    }

    public Optional<ModelSession> open(AgentView agent, String taskId, String sessionId) {
        return models.forAgent(agent).map(spec -> open(spec, agent.id(), agent.name(), taskId, sessionId,
                agent.limits()));
    }

    /** A session on a given model, e.g. the orchestrator's routing call on the platform default. */
    public ModelSession open(ModelSpec spec, String agentId, String agentName, String taskId, String sessionId,
                             AgentLimits limits) {
        long taskBudget = limits == null || limits.tokenBudget() == null ? 0 : limits.tokenBudget();
        long daily = dailyBudget(limits == null ? null : limits.dailyTokenBudget(), agentDailyTokens);
        ModelCallScope scope = new ModelCallScope(agentId, agentName, taskId, sessionId, spec, taskBudget, daily);
        return new ModelSession(spec, scope,
                MeteredModels.chat(chatClients.computeIfAbsent(spec, ChatModelFactory::chatModel), scope, meter),
                MeteredModels.streaming(streamingClients.computeIfAbsent(spec, ChatModelFactory::streamingModel), scope,
                        meter));
    }

    /**
     * An agent's daily budget: its own limit, but never above the platform's per-agent limit (0 on either side
     * means that side sets no limit).
     */
    static long dailyBudget(Integer own, long platformPerAgent) {
        long mine = own == null ? 0 : own;
        if (mine > 0 && platformPerAgent > 0) {
            return Math.min(mine, platformPerAgent);
        }
        return mine > 0 ? mine : platformPerAgent;
    }

    /** The platform default model, if one is configured. */
    public Optional<ModelSpec> platformDefault() {
        return platform.spec();
    }
}
