package io.switchboard.orchestration.a2a.server;

import io.switchboard.agents.agent.AgentEndpoints;
import io.switchboard.agents.agent.AgentRegistry;
import io.switchboard.agents.execution.AgentExecutor;
import io.switchboard.agents.execution.TaskContext;
import io.switchboard.agents.specialist.vision.VisionSpecialist;
import io.switchboard.api.a2a.Message;
import io.switchboard.api.a2a.TaskArtifactUpdateEvent;
import io.switchboard.api.a2a.TaskState;
import io.switchboard.api.a2a.TaskStatusUpdateEvent;
import io.switchboard.api.agent.AgentHealth;
import io.switchboard.api.agent.AgentStatus;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.orchestration.a2a.client.A2aCallResult;
import io.switchboard.orchestration.a2a.client.A2aClient;
import io.switchboard.orchestration.a2a.client.AgentTargets;
import io.switchboard.orchestration.routing.AgentRouter;
import io.switchboard.orchestration.routing.RoutingDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The executor behind the platform's front door: picks the agent a message is for and streams the message
 * to it through the A2A client, over HTTP, passing the agent's artifacts and progress on as they arrive and
 * ending with the agent's outcome. The agent is the one named in the message metadata
 * ({@code "agent": "<name or id>"}), else {@code switchboard.a2a.platform.default-agent} when set, else the one the
 * {@link AgentRouter} chooses by the message's meaning.
 */
@ApplicationScoped
public class PlatformRouter implements AgentExecutor {

    public static final String AGENT_METADATA_KEY = "agent";

    @Inject
    AgentRegistry agents;

    @Inject
    AgentEndpoints endpoints;

    @Inject
    A2aClient a2a;

    @Inject
    AgentTargets targets;

    @Inject
    @ConfigProperty(name = "switchboard.a2a.platform.default-agent")
    java.util.Optional<String> defaultAgent;

    @Inject
    AgentRouter router;

    @Inject
    io.switchboard.core.event.ExecutionLog log;

    /** Images the front door forwards to the vision agent. */
    static final java.util.Set<String> IMAGE_TYPES = VisionSpecialist.IMAGE_TYPES;
    static final String VISION_AGENT = VisionSpecialist.NAME;

    @Override
    public String name() {
        return "platform-router";
    }

    @Override
    public java.util.Set<String> acceptedFileTypes() {
        return IMAGE_TYPES;
    }

    private static boolean holdsImage(Message message) {
        return message.parts() != null && message.parts().stream().anyMatch(p -> io.switchboard.api.a2a.Part.FILE
                .equals(p.kind()) && p.file() != null && IMAGE_TYPES.contains(A2aLimits.mediaType(p.file().mimeType())));
    }

    /** The platform front door, presented as an agent. */
    AgentView agent() {
        return AgentView.basic(A2aTaskService.PLATFORM, "Switchboard",
                "Routes each request to the agent that should answer it", "local", AgentStatus.ACTIVE,
                AgentHealth.ACTIVE, List.of(), List.of(), true, endpoints.platformEndpoint(), null, "0.3");
    }

    @Override
    public void execute(AgentView self, TaskContext task) {
        Message incoming = task.message();
        Object requested = incoming.metadata() == null ? null : incoming.metadata().get(AGENT_METADATA_KEY);
        AgentView target;
        io.switchboard.api.task.Routing routing;
        String taskId = task.originTaskId();
        io.switchboard.orchestration.task.TaskEvents.received(log, taskId, null, null, task.contextId(),
                incoming.joinedText());
        try {
            if (requested instanceof String name && !name.isBlank()) {
                target = agents.findActive(name);
                routing = new io.switchboard.api.task.Routing(target.name(), io.switchboard.api.task.Routing.REQUESTED,
                        null, "named in the message metadata");
            } else if (holdsImage(incoming)) {
                target = agents.findActive(VISION_AGENT);
                routing = new io.switchboard.api.task.Routing(target.name(), io.switchboard.api.task.Routing.REQUESTED,
                        null, "the message holds an image");
                task.working("Routed to agent " + target.name() + ": the message holds an image");
            } else if (defaultAgent.isPresent() && !defaultAgent.get().isBlank()) {
                target = agents.findActive(defaultAgent.get());
                routing = new io.switchboard.api.task.Routing(target.name(), io.switchboard.api.task.Routing.REQUESTED,
                        null, "the front door's default agent");
            } else {
                RoutingDecision decision = router.route(incoming.joinedText(), taskId, task.contextId());
                target = agents.findActive(decision.agentId());
                routing = decision.routing();
                task.working("Routed by " + decision.routing().mode() + " to agent " + target.name() + ": "
                        + decision.routing().reason());
            }
        } catch (PlatformException e) {
            log.record(io.switchboard.core.event.ExecutionLog.TASK_FAILED, taskId, null,
                    java.util.Map.of("error", e.getMessage()));
            task.reject(e.getMessage());
            return;
        }
        io.switchboard.orchestration.task.TaskEvents.routed(log, taskId, routing);
        task.working("Routing to agent " + target.name(), java.util.Map.of(Message.ROUTED_AGENT, target.name(),
                Message.ROUTING_MODE, routing.mode()));
        java.util.Map<String, Object> metadata = new java.util.HashMap<>(incoming.metadata() == null ? java.util.Map.of()
                : incoming.metadata());
        metadata.put(Message.PLATFORM_TASK_ID, taskId);
        if (task.principal() != null) {
            metadata.put(Message.PLATFORM_USER, task.principal());
        } else {
            metadata.remove(Message.PLATFORM_USER);
        }
        Message forward = new Message(Message.ROLE_USER, incoming.parts(), UUID.randomUUID().toString(),
                task.contextId(), null, metadata, incoming.extensions(), incoming.referenceTaskIds(),
                Message.KIND);
        long started = System.nanoTime();
        boolean[] forwarded = {false};
        A2aCallResult result = a2a.stream(targets.of(target), forward, event -> {
            if (event instanceof TaskArtifactUpdateEvent update) {
                forwarded[0] = true;
                task.artifact(update.artifact(), Boolean.TRUE.equals(update.append()),
                        Boolean.TRUE.equals(update.lastChunk()));
            } else if (event instanceof TaskStatusUpdateEvent update && TaskState.WORKING.equals(update.status().state())
                    && update.status().message() != null) {
                task.working(update.status().message().joinedText());
            }
        });
        io.switchboard.orchestration.task.TaskEvents.called(log, taskId, target.name(),
                (System.nanoTime() - started) / 1_000_000, result);
        if (io.switchboard.api.task.TaskStatus.COMPLETED.equals(result.status())) {
            task.complete(forwarded[0] ? null : result.output());
        } else {
            task.fail("Agent " + target.name() + " did not complete the request: " + result.error());
        }
    }
}
