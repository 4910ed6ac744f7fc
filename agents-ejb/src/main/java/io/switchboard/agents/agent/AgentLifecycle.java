package io.switchboard.agents.agent;

import io.switchboard.api.agent.AgentRequest;
import io.switchboard.api.agent.AgentStatus;
import io.switchboard.api.agent.AgentVersionView;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.agent.ModelSettings;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.core.secret.MasterKey;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An agent's life after registration: defining local agents, changing them (each change an immutable new
 * version), enabling and disabling, rolling back to an earlier version, and deleting. Model API keys are sealed
 * under the master key; only a masked hint is ever shown.
 */
@Stateless
public class AgentLifecycle {

    static final String DEFAULT_SPECIALIST = "general";

    @PersistenceContext(unitName = "agents")
    EntityManager em;

    @Inject
    AgentEndpoints endpoints;

    @Inject
    MasterKey masterKey;

    Clock clock = Clock.systemUTC();

    private AgentRecords records() {
        return new AgentRecords(em, endpoints, clock);
    }

    /** Defines a local agent; its first version. */
    public AgentView create(AgentRequest request, String by) {
        String name = request.name();
        if (AgentRegistry.looksLikeId(name)) {
            throw PlatformException.invalid("agent-name-invalid",
                    "Agent name '" + name + "' has the form of an agent id (UUID); choose a name that does not");
        }
        if (records().nameTakenByOther(name, "")) {
            throw AgentRegistry.nameTakenError(name);
        }
        Instant now = Instant.now(clock);
        String executor = request.specialist() == null ? DEFAULT_SPECIALIST : request.specialist();
        Agent agent = Agent.local(name, request.description(), request.tools(), executor, now);
        agent.define(definition(request, executor, AgentStatus.ACTIVE, null, agent.getId()), now);
        records().persistNew(agent, name, by);
        return records().toView(agent);
    }

    /** Replaces the agent's definition with the request, as a new version. */
    public AgentView update(String idOrName, AgentRequest request, String by) {
        Agent agent = records().entity(idOrName);
        if (agent.isRemote()) {
            throw PlatformException.conflict("agent-remote", "Agent '" + agent.getName() + "' is remote: its definition "
                    + "is its A2A card; register it again to change it");
        }
        AgentDefinition current = agent.definition();
        if (agent.isBuiltIn() && (!current.name().equals(request.name())
                || request.specialist() != null && !request.specialist().equals(current.executor()))) {
            throw PlatformException.conflict("agent-built-in", "Built-in agent '" + current.name()
                    + "' keeps its name and specialist; its other settings can change");
        }
        if (!AgentRegistry.looksLikeId(request.name()) && records().nameTakenByOther(request.name(), agent.getId())) {
            throw AgentRegistry.nameTakenError(request.name());
        }
        if (AgentRegistry.looksLikeId(request.name())) {
            throw PlatformException.invalid("agent-name-invalid", "Agent names may not have the form of an id (UUID)");
        }
        String executor = request.specialist() == null ? current.executor() : request.specialist();
        return commit(agent, definition(request, executor, current.status(), current, agent.getId()),
                AgentVersion.UPDATED, by);
    }

    public AgentView setEnabled(String idOrName, boolean enabled, String by) {
        Agent agent = records().entity(idOrName);
        AgentDefinition d = agent.definition();
        String status = enabled ? AgentStatus.ACTIVE : AgentStatus.INACTIVE;
        if (status.equals(d.status())) {
            return records().toView(agent);
        }
        return commit(agent, new AgentDefinition(d.name(), d.description(), d.executor(), status, d.skills(),
                d.systemPrompt(), d.model(), d.modelApiKeySealed(), d.tools(), d.collections(), d.memory(), d.limits()),
                enabled ? AgentVersion.ENABLED : AgentVersion.DISABLED, by);
    }

    /** Makes an earlier version's definition current again, as a new version. */
    public AgentView rollback(String idOrName, int version, String by) {
        Agent agent = records().entity(idOrName);
        AgentVersion target = em.find(AgentVersion.class, new AgentVersion.Key(agent.getId(), version));
        if (target == null) {
            throw PlatformException.notFound("agent-version-not-found", "Agent '" + agent.getName() + "' has no version "
                    + version);
        }
        AgentDefinition earlier = AgentDefinitionJson.snapshot(target.getSnapshot());
        if (records().nameTakenByOther(earlier.name(), agent.getId())) {
            throw PlatformException.conflict("agent-name-taken", "Version " + version + " is named '" + earlier.name()
                    + "', which another agent has now");
        }
        // a rollback restores the definition; whether the agent takes tasks stays as it is now
        AgentDefinition restored = new AgentDefinition(earlier.name(), earlier.description(), earlier.executor(),
                agent.definition().status(), earlier.skills(), earlier.systemPrompt(), earlier.model(),
                earlier.modelApiKeySealed(), earlier.tools(), earlier.collections(), earlier.memory(), earlier.limits());
        return commit(agent, restored, AgentVersion.ROLLED_BACK, by);
    }

    public void delete(String idOrName) {
        Agent agent = records().entity(idOrName);
        if (agent.isBuiltIn()) {
            throw PlatformException.conflict("agent-built-in", "Built-in agent '" + agent.getName()
                    + "' cannot be deleted; disable it instead");
        }
        em.remove(agent);
        em.flush();
    }

    public List<AgentVersionView> versions(String idOrName) {
        Agent agent = records().entity(idOrName);
        List<AgentVersionView> views = new ArrayList<>();
        for (AgentVersion v : em.createNamedQuery(AgentVersion.OF_AGENT, AgentVersion.class)
                .setParameter("agentId", agent.getId()).getResultList()) {
            views.add(view(agent, v));
        }
        if (views.isEmpty()) {
            // agents from before versions were kept: their current state is their first version
            views.add(new AgentVersionView(agent.getCurrentVersion(), AgentVersion.CREATED, null, agent.getCreatedAt(),
                    records().toView(agent)));
        }
        return views;
    }

    public AgentVersionView version(String idOrName, int version) {
        Agent agent = records().entity(idOrName);
        AgentVersion v = em.find(AgentVersion.class, new AgentVersion.Key(agent.getId(), version));
        if (v == null) {
            return versions(idOrName).stream().filter(x -> x.version() == version).findFirst()
                    .orElseThrow(() -> PlatformException.notFound("agent-version-not-found", "Agent '" + agent.getName()
                            + "' has no version " + version));
        }
        return view(agent, v);
    }

    private AgentVersionView view(Agent agent, AgentVersion v) {
        return new AgentVersionView(v.getVersion(), v.getChange(), v.getChangedBy(), v.getCreatedAt(),
                records().toView(agent, AgentDefinitionJson.snapshot(v.getSnapshot()), v.getVersion()));
    }

    private AgentView commit(Agent agent, AgentDefinition next, String change, String by) {
        Instant now = Instant.now(clock);
        boolean unversioned = em.createNamedQuery(AgentVersion.OF_AGENT, AgentVersion.class)
                .setParameter("agentId", agent.getId()).setMaxResults(1).getResultList().isEmpty();
        if (unversioned) {
            em.persist(new AgentVersion(agent.getId(), agent.getCurrentVersion(), AgentVersion.CREATED, null,
                    AgentDefinitionJson.snapshot(agent.definition()), agent.getCreatedAt()));
        }
        agent.define(next, now);
        int version = agent.nextVersion();
        try {
            em.persist(new AgentVersion(agent.getId(), version, change, by, AgentDefinitionJson.snapshot(next), now));
            em.flush();
        } catch (PersistenceException e) {
            // another change of this agent (or another agent taking the name) committed first
            throw PlatformException.conflict("agent-changed-concurrently", "Agent '" + agent.getName()
                    + "' was changed by someone else at the same moment; read it again and repeat the change");
        }
        return records().toView(agent);
    }

    /** The request as a definition; without a new API key the current one is kept ("" removes it). */
    private AgentDefinition definition(AgentRequest r, String executor, String status, AgentDefinition current,
                                       String agentId) {
        ModelSettings m = r.model();
        AgentDefinition.StoredModel model = null;
        String sealed = current == null ? null : current.modelApiKeySealed();
        String hint = current == null || current.model() == null ? null : current.model().apiKeyHint();
        if (m != null) {
            AgentDefinition.StoredModel before = current == null ? null : current.model();
            boolean sameServer = before != null && java.util.Objects.equals(before.provider(), m.provider())
                    && java.util.Objects.equals(before.baseUrl(), m.baseUrl());
            if (m.apiKey() == null && !sameServer) {
                // a key is kept only for the server it was given for: never sent to a new provider or base URL
                sealed = null;
                hint = null;
            }
            if (m.apiKey() != null) {
                sealed = m.apiKey().isEmpty() ? null : masterKey.box().seal(m.apiKey(), keyContext(agentId));
                hint = m.apiKey().isEmpty() ? null : io.switchboard.core.secret.SecretBox.hint(m.apiKey());
            }
            model = new AgentDefinition.StoredModel(m.provider(), m.model(), m.baseUrl(), m.temperature(), m.maxTokens(),
                    m.timeoutSeconds(), sealed == null ? null : hint);
        } else {
            sealed = null;
        }
        return new AgentDefinition(r.name(), r.description(), executor, status, r.skills(), r.systemPrompt(), model,
                sealed, r.tools(), r.collections(), r.memory(), r.limits());
    }

    /** The agent's model API key, opened; null when it has none. */
    public String modelApiKey(String agentId) {
        Agent agent = em.find(Agent.class, agentId);
        String sealed = agent == null ? null : agent.definition().modelApiKeySealed();
        return sealed == null ? null : masterKey.box().open(sealed, keyContext(agentId));
    }


    private static String keyContext(String agentId) {
        return "agent-model-key:" + agentId;
    }
}
