package io.switchboard.orchestration.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.agents.agent.AgentRegistry;
import io.switchboard.api.a2a.Message;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.task.ExecuteTaskRequest;
import io.switchboard.api.task.Routing;
import io.switchboard.api.task.TaskResult;
import io.switchboard.orchestration.a2a.client.A2aCallResult;
import io.switchboard.orchestration.a2a.client.A2aClient;
import io.switchboard.orchestration.a2a.client.A2aTarget;
import io.switchboard.orchestration.a2a.client.AgentTargets;
import io.switchboard.orchestration.routing.AgentRouter;
import io.switchboard.orchestration.routing.RoutingDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The orchestration steps, with the registry, the store and the A2A client replaced by recording fakes. */
class TaskExecutionServiceTest {

    private static final AgentView SUPPORT = AgentView.basic("agent-1", "support", null, "local", "active", "active",
            List.of(), List.of(), false, "http://node:9080/a2a/agents/agent-1", null, "0.3");

    private final List<String> events = new ArrayList<>();
    private final List<Message> sent = new ArrayList<>();
    private A2aCallResult answer = A2aCallResult.completed("pong", "remote-7");
    private TaskExecutionService service;

    @BeforeEach
    void setUp() {
        service = new TaskExecutionService();
        service.ids = () -> "task-1";
        service.agents = new AgentRegistry() {
            @Override
            public AgentView findActive(String idOrName) {
                if (!idOrName.equals("support")) {
                    throw PlatformException.notFound("agent-not-found", "No agent " + idOrName);
                }
                return SUPPORT;
            }
        };
        service.tasks = new TaskStore() {
            @Override
            public String recordWorking(String id, AgentView agent, ExecuteTaskRequest request, String requestedBy,
                                        Routing routing, String parentTaskId) {
                events.add("working:" + id + ":" + agent.id() + ":" + requestedBy + ":" + routing.mode());
                return id;
            }

            @Override
            public void recordResult(String taskId, A2aCallResult result, long durationMs) {
                events.add("result:" + taskId + ":" + result.status());
            }
        };
        service.targets = new AgentTargets();
        service.log = new io.switchboard.core.event.ExecutionLog() {
            @Override
            public void record(String type, String taskId, String agent, Map<String, ?> data) {
                events.add("event:" + type + ":" + taskId + ":" + agent + (data.containsKey("outcome")
                        ? ":" + data.get("outcome") : ""));
            }
        };
        service.a2a = new A2aClient() {
            @Override
            public A2aCallResult sendMessage(A2aTarget target, Message message) {
                events.add("send:" + target.endpointUrl());
                sent.add(message);
                return answer;
            }
        };
    }

    @Test
    void recordsTheTaskBeforeCallingTheAgentOverA2aAndTheResultAfter() {
        TaskResult result = service.execute(new ExecuteTaskRequest("support", "ping", "session-9", Map.of()), "alice");

        assertThat(events).containsExactly("event:task.received:task-1:support", "working:task-1:agent-1:alice:requested",
                "event:task.routed:task-1:support",
                "send:http://node:9080/a2a/agents/agent-1", "result:task-1:completed",
                "event:a2a.call:task-1:support:completed", "event:task.completed:task-1:support");
        assertThat(result.routing().mode()).isEqualTo(Routing.REQUESTED);
        assertThat(result.taskId()).isEqualTo("task-1");
        assertThat(result.agent()).isEqualTo("support");
        assertThat(result.output()).isEqualTo("pong");
        assertThat(result.durationMs()).isNotNegative();

        Message message = sent.get(0);
        assertThat(message.role()).isEqualTo("user");
        assertThat(message.joinedText()).isEqualTo("ping");
        assertThat(message.contextId()).as("the session is the A2A context").isEqualTo("session-9");
        assertThat(message.messageId()).isNotBlank();
        assertThat(message.platformTaskId()).as("the agent learns the platform task it works for").isEqualTo("task-1");
    }

    @Test
    void withoutAnAgentTheRouterChoosesAndTheChoiceIsRecorded() {
        service.router = new AgentRouter() {
            @Override
            public RoutingDecision route(String request, String taskId, String sessionId) {
                events.add("route:" + request);
                return new RoutingDecision("support", new Routing("support", Routing.EMBEDDING, 0.71, "most similar"));
            }
        };
        TaskResult result = service.execute(new ExecuteTaskRequest(null, "help me", null, null), "alice");
        assertThat(events).startsWith("route:help me", "event:task.received:task-1:support",
                "working:task-1:agent-1:alice:embedding");
        assertThat(result.routing()).isEqualTo(new Routing("support", Routing.EMBEDDING, 0.71, "most similar"));
    }

    @Test
    void withoutSessionTheTaskIdIsTheContext() {
        service.execute(new ExecuteTaskRequest("support", "ping", null, null), "alice");
        assertThat(sent.get(0).contextId()).isEqualTo("task-1");
    }

    @Test
    void aFailedCallIsRecordedAndReturnedAsFailed() {
        answer = A2aCallResult.failed("unreachable", null);
        TaskResult result = service.execute(new ExecuteTaskRequest("support", "ping", null, null), "alice");
        assertThat(result.status()).isEqualTo("failed");
        assertThat(result.error()).isEqualTo("unreachable");
        assertThat(events).containsSubsequence("result:task-1:failed", "event:a2a.call:task-1:support:failed",
                "event:task.failed:task-1:support");
    }

    @Test
    void unknownAgentRecordsNothing() {
        assertThatThrownBy(() -> service.execute(new ExecuteTaskRequest("nobody", "x", null, null), "alice"))
                .isInstanceOf(PlatformException.class);
        assertThat(events).isEmpty();
    }
}
