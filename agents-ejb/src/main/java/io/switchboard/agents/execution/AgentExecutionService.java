package io.switchboard.agents.execution;

import io.switchboard.agents.agent.AgentRegistry;
import io.switchboard.api.a2a.Artifact;
import io.switchboard.api.a2a.Message;
import io.switchboard.api.a2a.MessageSendParams;
import io.switchboard.api.a2a.Part;
import io.switchboard.api.a2a.Task;
import io.switchboard.api.a2a.TaskState;
import io.switchboard.api.a2a.TaskStatus;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.problem.PlatformException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Handles A2A {@code message/send} for one local agent: runs its executor and answers with a completed task. */
@Stateless
public class AgentExecutionService {

    @Inject
    AgentRegistry registry;

    @Inject
    @Any
    Instance<AgentExecutor> executors;

    Clock clock = Clock.systemUTC();

    public Task sendMessage(String agentId, MessageSendParams params) {
        Message message = params.message();
        if (message.joinedText().isBlank()) {
            throw PlatformException.invalid("message-empty", "The message has no text part with content");
        }
        AgentView agent = registry.findActive(agentId);
        AgentExecutor executor = executorNamed(registry.executorOf(agent.id()));
        String answer = executor.answer(agent, message);

        String taskId = UUID.randomUUID().toString();
        String contextId = message.contextId() != null ? message.contextId() : UUID.randomUUID().toString();
        Message reply = Message.agentText(UUID.randomUUID().toString(), contextId, taskId, answer);
        Artifact artifact = new Artifact(UUID.randomUUID().toString(), "answer", null, List.of(Part.text(answer)), null);
        Message received = new Message(message.role(), message.parts(), message.messageId(), contextId, taskId,
                message.metadata(), Message.KIND);
        TaskStatus status = new TaskStatus(TaskState.COMPLETED, reply, Instant.now(clock).toString());
        return new Task(taskId, contextId, status, List.of(artifact), List.of(received, reply), null, Task.KIND);
    }

    private AgentExecutor executorNamed(String name) {
        return executors.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No executor named '" + name + "' is installed"));
    }
}
