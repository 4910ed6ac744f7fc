package io.switchboard.workflow.run;

import io.switchboard.agents.agent.AgentLifecycle;
import io.switchboard.agents.agent.AgentRegistry;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.workflow.catalog.WorkflowStore;
import io.switchboard.workflow.definition.NodeTypes;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.List;

/**
 * Deletes an agent unless a workflow run that is still going (queued, running or waiting) has a node that calls
 * it: such a delete is refused with the runs named, so no run loses an agent it is about to call.
 */
@Stateless
public class AgentRemoval {

    @Inject
    AgentRegistry agents;

    @Inject
    AgentLifecycle lifecycle;

    @Inject
    RunStore runs;

    @Inject
    WorkflowStore workflows;

    public void delete(String idOrName) {
        AgentView agent = agents.find(idOrName);
        List<String> using = activeRunsCalling(agent);
        if (!using.isEmpty()) {
            throw PlatformException.conflict("agent-in-use", "Agent '" + agent.name() + "' is called by "
                    + using.size() + " workflow run(s) still going: " + String.join(", ", using.stream().limit(5)
                    .toList()) + (using.size() > 5 ? ", …" : "") + ". Let them finish or stop them (POST "
                    + "/api/runs/{id}/stop), then delete the agent.");
        }
        lifecycle.delete(agent.id());
    }

    List<String> activeRunsCalling(AgentView agent) {
        return runs.active().stream()
                .filter(r -> workflows.version(r.workflowId(), r.version()).map(v -> v.definition().nodes().stream()
                        .anyMatch(n -> NodeTypes.AGENT.equals(n.type()) && n.config() != null
                                && n.config().get("agent") instanceof JsonString name
                                && (name.getString().equalsIgnoreCase(agent.name()) || name.getString().equals(agent.id()))))
                        .orElse(false))
                .map(r -> "run " + r.id() + " of workflow '" + r.workflowName() + "'")
                .toList();
    }
}
