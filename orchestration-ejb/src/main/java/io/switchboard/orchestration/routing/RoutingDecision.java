package io.switchboard.orchestration.routing;

import io.switchboard.api.task.Routing;

/** The agent chosen for a request, and how. */
public record RoutingDecision(String agentId, Routing routing) {
}
