package io.switchboard.workflow.platform;

import io.switchboard.agents.agent.AgentRegistry;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.rag.knowledge.KnowledgeStore;
import io.switchboard.tools.tool.ToolRegistry;
import io.switchboard.workflow.definition.WorkflowValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The agents, tools and collections a workflow definition may name: those registered now. */
@ApplicationScoped
public class PlatformReferences implements WorkflowValidator.References {

    @Inject
    AgentRegistry agents;

    @Inject
    ToolRegistry tools;

    @Inject
    KnowledgeStore collections;

    @Override
    public boolean agentExists(String name) {
        try {
            agents.find(name);
            return true;
        } catch (PlatformException e) {
            return false;
        }
    }

    @Override
    public boolean toolExists(String name) {
        try {
            tools.definition(name);
            return true;
        } catch (PlatformException e) {
            return false;
        }
    }

    @Override
    public boolean collectionExists(String nameOrId) {
        return collections.collectionByName(nameOrId).isPresent() || collections.collection(nameOrId).isPresent();
    }
}
