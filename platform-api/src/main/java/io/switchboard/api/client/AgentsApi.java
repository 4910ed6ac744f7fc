package io.switchboard.api.client;

import io.switchboard.api.agent.AgentView;

import java.util.List;

/** The agent registry: {@code /api/agents}. */
public interface AgentsApi {

    List<AgentView> agents();

    AgentView enable(String idOrName);

    AgentView disable(String idOrName);
}
