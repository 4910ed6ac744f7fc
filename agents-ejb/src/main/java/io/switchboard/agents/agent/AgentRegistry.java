package io.switchboard.agents.agent;

import io.switchboard.core.secret.MasterKey;
import io.switchboard.api.agent.AgentNames;
import io.switchboard.api.agent.AgentStatus;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.agent.RegisterAgentRequest;
import io.switchboard.api.agent.RegisterRemoteAgentRequest;
import io.switchboard.api.problem.PlatformException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Registers agents and finds them by id or name. */
@Stateless
public class AgentRegistry {

    @PersistenceContext(unitName = "agents")
    EntityManager em;

    @Inject
    AgentEndpoints endpoints;

    @Inject
    RemoteCards remoteCards;

    @Inject
    MasterKey masterKey;

    Clock clock = Clock.systemUTC();

    public AgentView register(RegisterAgentRequest request) {
        String name = request.name();
        if (looksLikeId(name)) {
            throw PlatformException.invalid("agent-name-invalid",
                    "Agent name '" + name + "' has the form of an agent id (UUID); choose a name that does not");
        }
        if (findByName(name).isPresent()) {
            throw nameTaken(name);
        }
        Instant now = Instant.now(clock);
        Agent agent = Agent.local(name, request.description(), request.tools(), Agent.EXECUTOR_ECHO, now);
        agent.describeSkills(request.skills());
        persistNew(agent, name);
        return toView(agent);
    }

    void persistNew(Agent agent, String name) {
        records().persistNew(agent, name, null);
    }

    AgentRecords records() {
        return new AgentRecords(em, endpoints, clock);
    }

    /**
     * Registers an agent that lives elsewhere, from its A2A card: fetched, checked, and kept with its
     * endpoint and protocol version; a bearer token for it is sealed with the master key.
     */
    public AgentView registerRemote(RegisterRemoteAgentRequest request) {
        RemoteCards.FetchedCard card = remoteCards.fetch(request.cardUrl());
        String name = request.name() != null ? request.name() : card.name();
        if (!name.matches(AgentNames.PATTERN) || name.length() > AgentNames.MAX_LENGTH || looksLikeId(name)) {
            throw PlatformException.invalid("agent-name-invalid", "The card's name '" + name + "' is not a valid agent "
                    + "name (" + AgentNames.RULE + "); give one with \"name\"");
        }
        if (findByName(name).isPresent()) {
            throw nameTaken(name);
        }
        Agent agent = Agent.remote(name, card.description(), card.endpointUrl(), request.cardUrl(), card.json(),
                card.protocolVersion(), Instant.now(clock));
        agent.describeSkills(AgentSkills.fromCard(card.json()));
        if (request.bearerToken() != null && !request.bearerToken().isBlank()) {
            agent.sealCredentials(masterKey.box().seal(request.bearerToken(), credentialsContext(agent.getId())));
        }
        persistNew(agent, name);
        return toView(agent);
    }

    /** The bearer token to present to a remote agent, or null when the platform's own token is to be used. */
    public String credentialsOf(String agentId) {
        Agent agent = em.find(Agent.class, agentId);
        return agent == null || agent.getCredentialsSealed() == null ? null
                : masterKey.box().open(agent.getCredentialsSealed(), credentialsContext(agentId));
    }

    /** The remote agents, whose health is polled. */
    public List<AgentView> remoteAgents() {
        return list().stream().filter(a -> Agent.KIND_REMOTE.equals(a.kind())).toList();
    }

    /** Records how a remote agent answered its health check; true when its health changed. */
    public boolean recordHealth(String agentId, String health, String detail) {
        Agent agent = em.find(Agent.class, agentId);
        if (agent == null || health.equals(agent.getHealth())) {
            return false;
        }
        agent.recordHealth(health, detail, Instant.now(clock));
        return true;
    }

    /** The agent with this id, or else with this name (letter case ignored). */
    public AgentView find(String idOrName) {
        return findEntity(idOrName).map(this::toView).orElseThrow(() -> notFound(idOrName));
    }

    /** Every agent, by name. */
    public List<AgentView> list() {
        return em.createNamedQuery(Agent.ALL, Agent.class).getResultStream().map(this::toView).toList();
    }

    /** Like {@link #find(String)}, and the agent must be active. */
    public AgentView findActive(String idOrName) {
        AgentView agent = find(idOrName);
        if (!AgentStatus.ACTIVE.equals(agent.status())) {
            throw PlatformException.conflict("agent-inactive",
                    "Agent '" + agent.name() + "' is " + agent.status() + " and does not take tasks");
        }
        return agent;
    }

    /** The executor an agent answers with (e.g. {@code echo}). */
    public String executorOf(String agentId) {
        Agent agent = em.find(Agent.class, agentId);
        if (agent == null) {
            throw notFound(agentId);
        }
        return agent.getExecutor();
    }

    /** Number of agents per status, every known status included. */
    public Map<String, Long> countByStatus() {
        Map<String, Long> counts = new TreeMap<>(Map.of(AgentStatus.ACTIVE, 0L, AgentStatus.INACTIVE, 0L));
        List<Object[]> rows = em.createNamedQuery(Agent.COUNT_BY_STATUS, Object[].class).getResultList();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private Optional<Agent> findEntity(String idOrName) {
        return records().findEntity(idOrName);
    }

    private Optional<Agent> findByName(String name) {
        return records().findByName(name);
    }

    private AgentView toView(Agent agent) {
        return records().toView(agent);
    }

    static PlatformException nameTakenError(String name) {
        return nameTaken(name);
    }

    static boolean looksLikeId(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String credentialsContext(String agentId) {
        return "agent-credentials:" + agentId;
    }

    private static PlatformException nameTaken(String name) {
        return PlatformException.conflict("agent-name-taken", "An agent named '" + name + "' already exists");
    }

    static PlatformException notFoundError(String idOrName) {
        return notFound(idOrName);
    }

    private static PlatformException notFound(String idOrName) {
        return PlatformException.notFound("agent-not-found", "No agent with id or name '" + idOrName + "'");
    }
}
