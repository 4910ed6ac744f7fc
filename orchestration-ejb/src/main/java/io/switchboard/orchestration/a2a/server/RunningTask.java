package io.switchboard.orchestration.a2a.server;

import io.switchboard.agents.execution.AgentExecutor;
import io.switchboard.agents.execution.TaskContext;
import io.switchboard.api.a2a.Artifact;
import io.switchboard.api.a2a.Message;
import io.switchboard.api.a2a.Part;
import io.switchboard.api.a2a.Task;
import io.switchboard.api.a2a.TaskArtifactUpdateEvent;
import io.switchboard.api.a2a.TaskState;
import io.switchboard.api.a2a.TaskStatus;
import io.switchboard.api.a2a.TaskStatusUpdateEvent;
import io.switchboard.api.agent.AgentView;
import io.switchboard.orchestration.a2a.push.PushConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One task while its executor runs: the executor's {@link TaskContext}, the task's current state, and the
 * fan-out of its events to listeners (streams and resubscriptions). When the task pauses or ends, its state
 * is saved first and the final event published after, so a listener never sees an outcome the database does
 * not have. Reports after the end (e.g. after a cancel) are dropped.
 */
final class RunningTask implements TaskContext {

    /** The log-record field with this A2A task's id (the platform task's id is {@code taskId}). */
    static final String A2A_TASK_FIELD = "a2aTaskId";

    private static final Logger LOG = Logger.getLogger(RunningTask.class.getName());

    private final AgentView agent;
    private final Message message;
    private final List<Message> earlier;
    private final List<Message> history;
    private final Map<String, Artifact> artifacts;
    private final Map<String, Object> metadata;
    private final String taskId;
    private final String contextId;
    private final Consumer<Task> persistence;
    private final Clock clock;
    private final List<TaskEventListener> listeners = new CopyOnWriteArrayList<>();
    private final boolean continuation;
    private final String owner;
    private TaskStatus status;
    private PushConfig newWebhook;
    private volatile boolean ended;
    private volatile boolean canceled;

    /** A new task for the message, or the continuation of {@code previous} when it is not null. */
    RunningTask(AgentView agent, Message incoming, Task previous, String newContextId, String owner,
                Consumer<Task> persistence, Clock clock) {
        this.agent = agent;
        this.owner = owner;
        this.persistence = persistence;
        this.clock = clock;
        this.taskId = previous != null ? previous.id() : io.switchboard.core.id.TimeOrderedIds.next();
        this.contextId = previous != null ? previous.contextId() : newContextId;
        this.message = incoming.inTask(taskId, contextId);
        this.earlier = previous != null && previous.history() != null ? List.copyOf(previous.history()) : List.of();
        this.history = new ArrayList<>(earlier);
        this.history.add(message);
        this.artifacts = new LinkedHashMap<>();
        if (previous != null && previous.artifacts() != null) {
            previous.artifacts().forEach(a -> artifacts.put(a.artifactId(), a));
        }
        this.metadata = previous != null ? previous.metadata() : null;
        this.continuation = previous != null;
        this.status = new TaskStatus(previous != null ? TaskState.WORKING : TaskState.SUBMITTED, null, now());
    }

    /** Runs the executor in the calling thread; returns when the task has paused or ended. */
    void run(AgentExecutor executor) {
        publishStatus(new TaskStatus(TaskState.WORKING, null, now()), false);
        try (var platformTask = io.switchboard.core.trace.LogFields.with(io.switchboard.core.trace.LogFields.TASK_ID,
                originTaskId());
             var a2aTask = io.switchboard.core.trace.LogFields.with(A2A_TASK_FIELD, taskId)) {
            LOG.fine(() -> "Agent " + agent.name() + " works on A2A task " + taskId);
            executor.execute(agent, this);
            if (!ended) {
                complete(null);
            }
        } catch (Exception | LinkageError e) {
            LOG.log(Level.WARNING, "Executor of agent " + agent.name() + " failed on task " + taskId, e);
            fail("The agent failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** Saves the task as it is now (used before answering an asynchronous caller). */
    void save() {
        persistence.accept(snapshot(null));
    }

    /** Adds a listener and returns the snapshot it must see first; events after the snapshot follow. */
    synchronized Task attach(TaskEventListener listener) {
        listeners.add(listener);
        return snapshot(null);
    }

    void detach(TaskEventListener listener) {
        listeners.remove(listener);
    }

    boolean hasEnded() {
        return ended;
    }

    /** True when this execution continues an earlier task (which may have webhooks already). */
    boolean isContinuation() {
        return continuation;
    }

    /** A webhook the client asked for in the message that started or continued this task. */
    void addWebhook(PushConfig webhook) {
        this.newWebhook = webhook;
    }

    PushConfig newWebhook() {
        return newWebhook;
    }

    /** The task now, with at most {@code historyLength} of the latest messages (all when null). */
    synchronized Task snapshot(Integer historyLength) {
        return new Task(taskId, contextId, status, artifacts.isEmpty() ? null : List.copyOf(artifacts.values()),
                trimmed(history, historyLength), metadata, Task.KIND);
    }

    /** The client canceled the task: it ends now; the executor may notice through {@link #isCanceled()}. */
    void cancel() {
        canceled = true;
        end(TaskState.CANCELED, "The task was canceled by the client");
    }

    @Override
    public String taskId() {
        return taskId;
    }

    @Override
    public String contextId() {
        return contextId;
    }

    @Override
    public Message message() {
        return message;
    }

    @Override
    public List<Message> history() {
        return earlier;
    }

    @Override
    public String owner() {
        return owner;
    }

    @Override
    public boolean isCanceled() {
        return canceled;
    }

    @Override
    public void working(String note) {
        publishStatus(new TaskStatus(TaskState.WORKING, note == null ? null : agentMessage(note), now()), false);
    }

    @Override
    public void working(String note, java.util.Map<String, Object> metadata) {
        Message message = agentMessage(note == null ? "" : note);
        message = new Message(message.role(), message.parts(), message.messageId(), message.contextId(),
                message.taskId(), metadata == null || metadata.isEmpty() ? null : java.util.Map.copyOf(metadata),
                null, null, Message.KIND);
        publishStatus(new TaskStatus(TaskState.WORKING, message, now()), false);
    }

    @Override
    public void artifact(Artifact artifact, boolean append, boolean lastChunk) {
        TaskArtifactUpdateEvent event;
        synchronized (this) {
            if (ended) {
                return;
            }
            Artifact existing = artifacts.get(artifact.artifactId());
            if (append && existing != null) {
                List<Part> parts = appended(existing.parts(), artifact.parts());
                artifacts.put(artifact.artifactId(), new Artifact(existing.artifactId(), existing.name(),
                        existing.description(), parts, existing.metadata(), existing.extensions()));
            } else {
                artifacts.put(artifact.artifactId(), artifact);
            }
            event = TaskArtifactUpdateEvent.of(taskId, contextId, artifact, append, lastChunk);
        }
        publish(event);
    }

    @Override
    public void complete(String answer) {
        if (answer != null && !ended) {
            artifact(Artifact.text(UUID.randomUUID().toString(), "answer", answer), false, true);
        }
        end(TaskState.COMPLETED, answer);
    }

    @Override
    public void fail(String reason) {
        end(TaskState.FAILED, reason);
    }

    @Override
    public void reject(String reason) {
        end(TaskState.REJECTED, reason);
    }

    @Override
    public void requireInput(String question) {
        end(TaskState.INPUT_REQUIRED, question);
    }

    private void end(String state, String text) {
        TaskStatusUpdateEvent last;
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            Message note = text == null ? null : agentMessage(text);
            if (note != null) {
                history.add(note);
            }
            status = new TaskStatus(state, note, now());
            persistence.accept(snapshot(null));
            last = TaskStatusUpdateEvent.of(taskId, contextId, status, true);
        }
        publish(last);
    }

    private void publishStatus(TaskStatus next, boolean last) {
        TaskStatusUpdateEvent event;
        synchronized (this) {
            if (ended) {
                return;
            }
            status = next;
            event = TaskStatusUpdateEvent.of(taskId, contextId, next, last);
        }
        publish(event);
    }

    private void publish(Object event) {
        for (TaskEventListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "A listener of task " + taskId + " failed; it is removed", e);
                listeners.remove(listener);
            }
        }
    }

    private Message agentMessage(String text) {
        return Message.agentText(UUID.randomUUID().toString(), contextId, taskId, text);
    }

    private String now() {
        return Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    }

    /** Text chunks appended to a text part are joined into it, so the stored artifact reads as one text. */
    static List<Part> appended(List<Part> existing, List<Part> chunk) {
        List<Part> parts = new ArrayList<>(existing);
        for (Part next : chunk) {
            Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
            if (last != null && last.holdsText() && next.holdsText() && last.metadata() == null
                    && next.metadata() == null) {
                parts.set(parts.size() - 1, Part.text(last.text() + next.text()));
            } else {
                parts.add(next);
            }
        }
        return parts;
    }

    static List<Message> trimmed(List<Message> all, Integer historyLength) {
        if (historyLength == null) {
            return all.isEmpty() ? null : List.copyOf(all);
        }
        if (historyLength == 0 || all.isEmpty()) {
            return null;
        }
        return List.copyOf(all.subList(Math.max(0, all.size() - historyLength), all.size()));
    }
}
