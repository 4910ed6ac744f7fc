package io.switchboard.agents.agent;

import io.switchboard.agents.platform.ConstraintViolations;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.agent.ModelSettingsView;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Finding, storing and showing agent entities, for the registry beans of this package (plain code: EJB proxies
 * admit only public business methods, and entities stay inside the module).
 */
final class AgentRecords {

    private final EntityManager em;
    private final AgentEndpoints endpoints;
    private final Clock clock;

    AgentRecords(EntityManager em, AgentEndpoints endpoints, Clock clock) {
        this.em = em;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    /** Stores a new agent with its first version. */
    void persistNew(Agent agent, String name, String createdBy) {
        try {
            em.persist(agent);
            em.flush();
            em.persist(new AgentVersion(agent.getId(), agent.getCurrentVersion(), AgentVersion.CREATED, createdBy,
                    AgentDefinitionJson.snapshot(agent.definition()), Instant.now(clock)));
            em.flush();
        } catch (PersistenceException e) {
            if (ConstraintViolations.isDuplicate(e)) {
                // another request registered the same name between the check and the insert
                throw AgentRegistry.nameTakenError(name);
            }
            throw e;
        }
    }

    Optional<Agent> findEntity(String idOrName) {
        if (AgentRegistry.looksLikeId(idOrName)) {
            Agent byId = em.find(Agent.class, idOrName.toLowerCase(java.util.Locale.ROOT));
            if (byId != null) {
                return Optional.of(byId);
            }
        }
        return findByName(idOrName);
    }

    Optional<Agent> findByName(String name) {
        return em.createNamedQuery(Agent.BY_NAME_KEY, Agent.class)
                .setParameter("nameKey", Agent.nameKey(name))
                .getResultStream().findFirst();
    }

    /** The entity, or 404. */
    Agent entity(String idOrName) {
        return findEntity(idOrName).orElseThrow(() -> AgentRegistry.notFoundError(idOrName));
    }

    /** Whether another agent has this name (letter case ignored). */
    boolean nameTakenByOther(String name, String agentId) {
        return findByName(name).filter(a -> !a.getId().equals(agentId)).isPresent();
    }

    AgentView toView(Agent agent) {
        return toView(agent, agent.definition(), agent.getCurrentVersion());
    }

    /** The agent as the definition (current, or of an earlier version) describes it. */
    AgentView toView(Agent agent, AgentDefinition d, int version) {
        AgentDefinition.StoredModel m = d.model();
        return new AgentView(agent.getId(), d.name(), d.description(), agent.getKind(), d.status(), agent.getHealth(),
                d.tools(), d.skills(), agent.isBuiltIn(), endpoints.endpointOf(agent), endpoints.cardOf(agent),
                agent.isRemote() ? agent.getProtocolVersion() : "0.3", agent.getCreatedAt(), agent.getUpdatedAt(),
                d.executor(), d.systemPrompt(), m == null ? null : new ModelSettingsView(m.provider(), m.model(),
                m.baseUrl(), m.apiKeyHint(), m.temperature(), m.maxTokens(), m.timeoutSeconds()), d.collections(),
                d.memory(), d.limits(), version);
    }
}
