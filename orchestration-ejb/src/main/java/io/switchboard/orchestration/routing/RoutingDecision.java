package io.switchboard.orchestration.routing;

import io.switchboard.api.task.Routing;

/**
 * The agent chosen for a request, and how; with a model, possibly a plan of several steps, each a part of the
 * request for one agent (then {@code agentId} is the first step's agent).
 */
public record RoutingDecision(String agentId, Routing routing, java.util.List<Step> steps) {

    /** One part of a multi-step request, for one agent. */
    public record Step(String agentId, String agentName, String request) {
    }

    public RoutingDecision {
        steps = steps == null ? java.util.List.of() : java.util.List.copyOf(steps);
    }

    public RoutingDecision(String agentId, Routing routing) {
        this(agentId, routing, java.util.List.of());
    }

    public boolean isMultiStep() {
        return steps.size() > 1;
    }
}
