package io.switchboard.web.a2a;

import io.switchboard.agents.agent.AgentCards;
import io.switchboard.api.a2a.AgentCard;
import io.switchboard.orchestration.a2a.server.A2aTaskService;
import io.switchboard.orchestration.status.StatusService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The authenticated extended card of a JSON-RPC endpoint: the platform's front door or one agent. */
@ApplicationScoped
public class ExtendedCards {

    @Inject
    AgentCards cards;

    @Inject
    StatusService status;

    public AgentCard of(String agentId) {
        return A2aTaskService.PLATFORM.equals(agentId)
                ? cards.extendedPlatformCard(status.version())
                : cards.extendedCardOf(agentId);
    }
}
