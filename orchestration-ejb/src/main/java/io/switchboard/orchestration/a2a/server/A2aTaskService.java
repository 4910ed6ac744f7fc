package io.switchboard.orchestration.a2a.server;

import io.switchboard.agents.agent.AgentHosting;
import io.switchboard.agents.agent.AgentRegistry;
import io.switchboard.agents.execution.AgentExecutor;
import io.switchboard.agents.execution.AgentExecutors;
import io.switchboard.api.a2a.PushNotificationConfig;
import io.switchboard.orchestration.a2a.push.PushConfig;
import io.switchboard.orchestration.a2a.push.PushConfigStore;
import io.switchboard.orchestration.a2a.push.PushNotifier;
import io.switchboard.orchestration.a2a.push.WebhookPolicy;
import io.switchboard.orchestration.a2a.server.A2aTaskStore.StoredTask;
import io.switchboard.api.a2a.A2aException;
import io.switchboard.api.a2a.JsonRpc;
import io.switchboard.api.a2a.Message;
import io.switchboard.api.a2a.MessageSendParams;
import io.switchboard.api.a2a.Task;
import io.switchboard.api.a2a.TaskState;
import io.switchboard.api.a2a.TaskStatus;
import io.switchboard.api.a2a.TaskStatusUpdateEvent;
import io.switchboard.api.agent.AgentStatus;
import io.switchboard.api.agent.AgentView;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The A2A server's operations on one agent's tasks, whatever the wire version: send (waiting for the outcome
 * or returning at once), stream, get, list, cancel and resubscribe. The agent id {@link #PLATFORM} names the
 * platform's own front door, whose executor routes to the other agents.
 */
@ApplicationScoped
public class A2aTaskService {

    /** Agent id of the platform's front door (the orchestrator's own A2A endpoint). */
    public static final String PLATFORM = "platform";

    @Inject
    A2aTaskStore store;

    @Inject
    RunningTasks running;

    @Inject
    AgentRegistry agents;

    @Inject
    AgentExecutors executors;

    @Inject
    AgentHosting hosting;

    @Inject
    PlatformRouter platformRouter;

    @Inject
    A2aLimits limits;

    @Inject
    PushConfigStore pushStore;

    @Inject
    PushNotifier notifier;

    @Inject
    WebhookPolicy webhooks;

    @Inject
    NodeIdentity node;

    @Inject
    @ConfigProperty(name = "switchboard.a2a.max-stream-duration", defaultValue = "PT30M")
    Duration maxStreamDuration;

    @Inject
    @ConfigProperty(name = "switchboard.a2a.agent-cache-ttl", defaultValue = "PT2S")
    Duration agentCacheTtl;

    private final java.util.Map<String, CachedTarget> targets = new java.util.concurrent.ConcurrentHashMap<>();

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService async;

    Clock clock = Clock.systemUTC();

    /**
     * Sends a message. Waits until the task pauses or ends, unless {@code returnImmediately}: then the task is
     * saved, runs in the background, and is returned as it is now.
     */
    public Task send(String agentId, MessageSendParams params, Caller caller, boolean returnImmediately,
                     String protocolVersion) {
        Integer historyLength = historyLength(params);
        Target target = target(agentId);
        RunningTask task = prepare(target, params, caller, protocolVersion);
        if (returnImmediately) {
            task.save();
            Task now = task.snapshot(historyLength);
            async.execute(() -> execute(target, task));
            return now;
        }
        execute(target, task);
        return task.snapshot(historyLength);
    }

    /**
     * Checks and prepares a streamed send: every error in the request surfaces here, before anything is
     * streamed. Running the returned stream saves the task, hands the listener the task first, then every
     * event until the task pauses or ends, in the calling thread.
     */
    public PreparedStream openStream(String agentId, MessageSendParams params, Caller caller,
                                     String protocolVersion) {
        Integer historyLength = historyLength(params);
        Target target = target(agentId);
        RunningTask task = prepare(target, params, caller, protocolVersion);
        return listener -> {
            task.save();
            listener.onEvent(task.snapshot(historyLength));
            task.attach(listener);
            execute(target, task);
        };
    }

    /** A checked streamed send, ready to run. */
    @FunctionalInterface
    public interface PreparedStream {

        void run(TaskEventListener listener);
    }

    public Task get(String agentId, String taskId, Integer historyLength, Caller caller) {
        limits.checkHistoryLength(historyLength);
        StoredTask stored = stored(target(agentId), taskId, caller);
        return running.get(taskId).map(live -> live.snapshot(historyLength))
                .orElseGet(() -> trimmed(stored.task(), historyLength));
    }

    public TaskPage list(String agentId, TaskQuery query, Caller caller) {
        limits.checkHistoryLength(query.historyLength());
        TaskPage page = store.list(target(agentId).agent().id(), caller, query);
        return new TaskPage(page.tasks().stream().map(t -> forListing(t, query)).toList(), page.nextOffset(),
                page.pageSize(), page.totalSize());
    }

    public Task cancel(String agentId, String taskId, Caller caller) {
        Target target = target(agentId);
        StoredTask stored = stored(target, taskId, caller);
        var live = running.get(taskId).filter(t -> !t.hasEnded());
        if (live.isPresent()) {
            live.get().cancel();
            return live.get().snapshot(null);
        }
        Task task = stored.task();
        if (TaskState.isTerminal(task.status())) {
            throw new A2aException(JsonRpc.TASK_NOT_CANCELABLE,
                    "Task " + taskId + " is already " + task.status().state() + " and cannot be canceled");
        }
        Message note = Message.agentText(UUID.randomUUID().toString(), task.contextId(), task.id(),
                "The task was canceled by the client");
        List<Message> history = new ArrayList<>(task.history() == null ? List.of() : task.history());
        history.add(note);
        Task canceled = new Task(task.id(), task.contextId(), new TaskStatus(TaskState.CANCELED, note,
                Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString()), task.artifacts(),
                history, task.metadata(), Task.KIND);
        store.save(target.agent().id(), stored.owner(), node.id(), canceled);
        notifier.statusChanged(pushStore.forTask(taskId), () -> canceled,
                TaskStatusUpdateEvent.of(taskId, canceled.contextId(), canceled.status(), true));
        return canceled;
    }

    /** The task, if the caller may see it on this agent; TaskNotFound otherwise. */
    public Task visibleTask(String agentId, String taskId, Caller caller) {
        return stored(target(agentId), taskId, caller).task();
    }

    /** Starts delivering the updates of a task that is running now to one more webhook. */
    public void followWithWebhook(String taskId, PushConfig webhook) {
        running.get(taskId).filter(t -> !t.hasEnded())
                .ifPresent(task -> task.attach(pushListener(task, List.of(webhook))));
    }

    /**
     * Streams the events of a task that has not ended: its current state first, then what follows until it
     * pauses or ends. A task that waits for the client (or runs on another server) gets its state and an end.
     */
    public void resubscribe(String agentId, String taskId, Caller caller, TaskEventListener listener) {
        Task stored = stored(target(agentId), taskId, caller).task();
        if (TaskState.isTerminal(stored.status())) {
            throw A2aException.unsupported("Task " + taskId + " is " + stored.status().state()
                    + "; there are no more events to subscribe to");
        }
        var live = running.get(taskId).filter(t -> !t.hasEnded());
        if (live.isEmpty()) {
            listener.onEvent(stored);
            listener.onEvent(TaskStatusUpdateEvent.of(taskId, stored.contextId(), stored.status(), true));
            return;
        }
        BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        TaskEventListener enqueue = queue::add;
        listener.onEvent(live.get().attach(enqueue));
        try {
            long deadline = System.nanoTime() + maxStreamDuration.toNanos();
            Object event;
            do {
                event = queue.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (event == null) {
                    return; // the stream ran for its maximum duration; the client may resubscribe
                }
                listener.onEvent(event);
            } while (!(event instanceof TaskStatusUpdateEvent status && status.last()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            live.get().detach(enqueue);
        }
    }

    private RunningTask prepare(Target target, MessageSendParams params, Caller caller, String protocolVersion) {
        if (params == null) {
            throw A2aException.invalidParams("'params' with a 'message' is required");
        }
        Message message = params.message();
        limits.check(message, target.executor().acceptedFileTypes());
        PushConfig webhook = webhookOf(params, protocolVersion);
        RunningTask task = prepareTask(target, message, caller);
        if (webhook != null) {
            task.addWebhook(webhook.forTask(task.taskId()));
        }
        return task;
    }

    private PushConfig webhookOf(MessageSendParams params, String protocolVersion) {
        PushNotificationConfig config = params.configuration() == null ? null
                : params.configuration().pushNotificationConfig();
        if (config == null) {
            return null;
        }
        webhooks.check(config.url());
        String scheme = config.authentication() == null || config.authentication().schemes() == null
                || config.authentication().schemes().isEmpty() ? null : config.authentication().schemes().get(0);
        return new PushConfig(null, config.id() == null || config.id().isBlank() ? UUID.randomUUID().toString()
                : config.id(), config.url(), config.token(), scheme,
                config.authentication() == null ? null : config.authentication().credentials(), protocolVersion);
    }

    private RunningTask prepareTask(Target target, Message message, Caller caller) {
        String agentId = target.agent().id();
        if (message.taskId() == null || message.taskId().isBlank()) {
            String contextId = message.contextId() != null && !message.contextId().isBlank()
                    ? message.contextId() : io.switchboard.core.id.TimeOrderedIds.next();
            return new RunningTask(target.agent(), message, null, contextId, caller.name(),
                    saver(agentId, caller.name(), false), clock);
        }
        if (running.get(message.taskId()).filter(t -> !t.hasEnded()).isPresent()) {
            throw A2aException.unsupported("Task " + message.taskId() + " is still working; wait for it to pause or "
                    + "end, or cancel it");
        }
        StoredTask stored = stored(target, message.taskId(), caller);
        Task previous = stored.task();
        if (message.contextId() != null && !message.contextId().equals(previous.contextId())) {
            throw A2aException.invalidParams("'message.contextId' " + message.contextId()
                    + " is not the context of task " + previous.id());
        }
        if (TaskState.isTerminal(previous.status())) {
            throw A2aException.unsupported("Task " + previous.id() + " is " + previous.status().state()
                    + "; send a message without taskId to start a new task");
        }
        if (!TaskState.isInterrupted(previous.status())) {
            throw A2aException.unsupported("Task " + previous.id() + " is " + previous.status().state()
                    + " and does not wait for input");
        }
        int messages = previous.history() == null ? 0 : previous.history().size();
        if (messages + 2 > limits.maxHistory()) {
            throw A2aException.unsupported("Task " + previous.id() + " has reached its limit of "
                    + limits.maxHistory() + " messages; start a new task in the same context");
        }
        return new RunningTask(target.agent(), message, previous, previous.contextId(), stored.owner(),
                saver(agentId, stored.owner(), true), clock);
    }

    private void execute(Target target, RunningTask task) {
        List<PushConfig> webhooks = new ArrayList<>();
        if (task.newWebhook() != null) {
            pushStore.save(task.newWebhook());
        }
        if (task.isContinuation() || task.newWebhook() != null) {
            webhooks.addAll(pushStore.forTask(task.taskId()));
        }
        if (!webhooks.isEmpty()) {
            task.attach(pushListener(task, webhooks));
        }
        running.add(task);
        try {
            task.run(target.executor());
        } finally {
            running.remove(task);
        }
    }

    private TaskEventListener pushListener(RunningTask task, List<PushConfig> targets) {
        return event -> {
            if (event instanceof TaskStatusUpdateEvent update) {
                notifier.statusChanged(targets, () -> task.snapshot(null), update);
            }
        };
    }

    /** Saves a task: the first save of a new task inserts it, every other save overwrites it. */
    private Consumer<Task> saver(String agentId, String owner, boolean stored) {
        String nodeId = node.id();
        AtomicBoolean exists = new AtomicBoolean(stored);
        return task -> {
            if (exists.getAndSet(true)) {
                store.update(nodeId, task);
            } else {
                store.insert(agentId, owner, nodeId, task);
            }
        };
    }

    private StoredTask stored(Target target, String taskId, Caller caller) {
        if (taskId == null || taskId.isBlank()) {
            throw A2aException.invalidParams("'id' (the task id) is required");
        }
        return store.find(target.agent().id(), taskId, caller).orElseThrow(() -> A2aException.taskNotFound(taskId));
    }

    private Integer historyLength(MessageSendParams params) {
        Integer length = params == null || params.configuration() == null ? null : params.configuration().historyLength();
        limits.checkHistoryLength(length);
        return length;
    }

    private static Task trimmed(Task task, Integer historyLength) {
        return new Task(task.id(), task.contextId(), task.status(), task.artifacts(),
                RunningTask.trimmed(task.history() == null ? List.of() : task.history(), historyLength),
                task.metadata(), Task.KIND);
    }

    private static Task forListing(Task task, TaskQuery query) {
        Task trimmed = trimmed(task, query.historyLength() == null ? 0 : query.historyLength());
        return query.includeArtifacts() ? trimmed : new Task(trimmed.id(), trimmed.contextId(), trimmed.status(), null,
                trimmed.history(), trimmed.metadata(), Task.KIND);
    }

    /**
     * The agent behind an endpoint and its executor. Resolved agents are kept for
     * {@code switchboard.a2a.agent-cache-ttl} (2 s), so a burst of requests does not look the agent up each
     * time; changes to an agent reach its endpoint within that time.
     */
    private Target target(String agentId) {
        if (PLATFORM.equals(agentId)) {
            return new Target(platformRouter.agent(), platformRouter);
        }
        long now = System.nanoTime();
        CachedTarget cached = targets.get(agentId);
        if (cached != null && now - cached.resolvedAt() < agentCacheTtl.toNanos()) {
            return cached.target();
        }
        Target resolved = resolve(agentId);
        targets.put(agentId, new CachedTarget(resolved, now));
        return resolved;
    }

    private Target resolve(String agentId) {
        AgentView agent = hosting.servedHere(agents.find(agentId));
        if (!AgentStatus.ACTIVE.equals(agent.status())) {
            throw A2aException.unsupported("Agent '" + agent.name() + "' is " + agent.status()
                    + " and does not take tasks");
        }
        return new Target(agent, executors.executorFor(agent));
    }

    /** The agent behind an endpoint and the executor that does its work. */
    private record Target(AgentView agent, AgentExecutor executor) {
    }

    private record CachedTarget(Target target, long resolvedAt) {
    }
}
