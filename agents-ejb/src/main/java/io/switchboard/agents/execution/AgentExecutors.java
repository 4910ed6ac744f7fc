package io.switchboard.agents.execution;

import io.switchboard.agents.agent.AgentRegistry;
import io.switchboard.api.agent.AgentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Finds the executor an agent answers with. */
@ApplicationScoped
public class AgentExecutors {

    @Inject
    @Any
    Instance<AgentExecutor> installed;

    @Inject
    AgentRegistry registry;

    private final Map<String, AgentExecutor> byName = new ConcurrentHashMap<>();

    public AgentExecutor executorFor(AgentView agent) {
        String name = registry.executorOf(agent.id());
        return byName.computeIfAbsent(name, this::lookup);
    }

    private AgentExecutor lookup(String name) {
        return installed.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No executor named '" + name + "' is installed"));
    }
}
