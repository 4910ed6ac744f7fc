package io.switchboard.agents.agent;

import io.switchboard.api.agent.AgentView;
import io.switchboard.api.problem.PlatformException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which agents this server serves at its A2A endpoints: the local agents named in
 * {@code switchboard.agents.hosted} (names or ids, comma-separated; {@code *}, the default, is all of them).
 * Remote agents are never served here: they are called at their own endpoint. Several servers built from the
 * same EAR can so each host a subset, with the agents of the others registered as remote.
 */
@ApplicationScoped
public class AgentHosting {

    @Inject
    @ConfigProperty(name = "switchboard.agents.hosted", defaultValue = "*")
    List<String> hosted;

    /** Hosting outside CDI (tests, tools): the given names or ids, or {@code *}. */
    public static AgentHosting of(List<String> names) {
        AgentHosting hosting = new AgentHosting();
        hosting.hosted = List.copyOf(names);
        return hosting;
    }

    /** The agent, when this server serves its A2A endpoint; a NOT_FOUND platform error otherwise. */
    public AgentView servedHere(AgentView agent) {
        if (Agent.KIND_REMOTE.equals(agent.kind())) {
            throw PlatformException.notFound("agent-not-hosted", "Agent '" + agent.name()
                    + "' is a remote agent, served at " + agent.endpointUrl() + ", not by this server");
        }
        if (!hosts(agent)) {
            throw PlatformException.notFound("agent-not-hosted", "Agent '" + agent.name()
                    + "' is not hosted on this server (switchboard.agents.hosted)");
        }
        return agent;
    }

    boolean hosts(AgentView agent) {
        Set<String> names = hosted.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return names.contains("*") || names.contains(agent.name().toLowerCase(Locale.ROOT))
                || names.contains(agent.id().toLowerCase(Locale.ROOT));
    }
}
