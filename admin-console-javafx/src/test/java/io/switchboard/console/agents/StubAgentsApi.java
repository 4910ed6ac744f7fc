package io.switchboard.console.agents;

import io.switchboard.api.agent.AgentRequest;
import io.switchboard.api.agent.AgentVersionView;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.agent.RollbackRequest;
import io.switchboard.api.client.AgentsApi;
import io.switchboard.api.task.ExecuteTaskRequest;
import io.switchboard.api.task.TaskResult;

import java.util.List;

/** An agents API whose every call fails unless a test overrides it. */
public class StubAgentsApi implements AgentsApi {

    @Override
    public List<AgentView> agents() {
        throw new UnsupportedOperationException();
    }

    @Override
    public AgentView enable(String idOrName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AgentView disable(String idOrName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delete(String idOrName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AgentView create(AgentRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AgentView update(String idOrName, AgentRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<AgentVersionView> agentVersions(String idOrName) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AgentView rollback(String idOrName, RollbackRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public TaskResult execute(ExecuteTaskRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AutoCloseable executeStreaming(ExecuteTaskRequest request,
                                          java.util.function.Consumer<io.switchboard.api.task.ReplyUpdate> onUpdate,
                                          java.util.function.Consumer<Throwable> onEnd) {
        throw new UnsupportedOperationException();
    }
}
