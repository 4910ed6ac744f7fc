package io.switchboard.api.client;

import io.switchboard.api.agent.AgentRequest;
import io.switchboard.api.agent.AgentVersionView;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.agent.RollbackRequest;
import io.switchboard.api.task.ExecuteTaskRequest;
import io.switchboard.api.task.ReplyUpdate;
import io.switchboard.api.task.TaskResult;

import java.util.List;

/** The agent registry, {@code /api/agents}, and running a task, {@code POST /api/execute-task}. */
public interface AgentsApi {

    List<AgentView> agents();

    AgentView enable(String idOrName);

    AgentView disable(String idOrName);

    AgentView create(AgentRequest request);

    /** Deletes the agent with its versions (admin only); its past tasks stay. */
    void delete(String idOrName);

    /** Replaces the definition: a new version. A model without an API key keeps the stored key. */
    AgentView update(String idOrName, AgentRequest request);

    List<AgentVersionView> agentVersions(String idOrName);

    /** A new version with the definition of an older one. */
    AgentView rollback(String idOrName, RollbackRequest request);

    /** Runs a task through the orchestrator (to the named agent, or routed when {@code agent} is null). */
    TaskResult execute(ExecuteTaskRequest request);

    /**
     * Runs a task through the platform's A2A front door ({@code message/stream} on {@code /a2a}): the reply comes
     * to {@code onUpdate} as it is written, from a background thread, ending with an {@link ReplyUpdate.Kind#ENDED}
     * update; {@code onEnd} then gets null, or the cause when the call failed. The request's {@code sessionId}
     * is sent as the A2A context id (continuing that conversation). Closing the result stops listening.
     */
    AutoCloseable executeStreaming(ExecuteTaskRequest request, java.util.function.Consumer<ReplyUpdate> onUpdate,
                                   java.util.function.Consumer<Throwable> onEnd);
}
