package io.switchboard.agents.execution;

import io.switchboard.api.a2a.Artifact;
import io.switchboard.api.a2a.Message;
import java.util.List;

/**
 * What an executor sees of the task it works on, and how it reports. Reports after the task ended (for
 * example because the client canceled it) are ignored.
 */
public interface TaskContext {

    String taskId();

    String contextId();

    /** The message this execution answers. */
    Message message();

    /** Earlier messages of this task, oldest first, not including {@link #message()}. */
    List<Message> history();

    /** The task its caller knows: the platform task the message was sent for, else this A2A task. */
    default String originTaskId() {
        return message().platformTaskId() != null ? message().platformTaskId() : taskId();
    }

    /** The principal that sent the task (its A2A owner); null when unknown. */
    default String owner() {
        return null;
    }

    /**
     * The user the work is for: the owner, or — when the owner is the platform's orchestrator forwarding a
     * user's request with its service token — the user named in the message's {@link Message#PLATFORM_USER}
     * metadata. Session memory is kept per user.
     */
    default String principal() {
        String owner = owner();
        Object user = message().metadata() == null ? null : message().metadata().get(Message.PLATFORM_USER);
        if (io.switchboard.agents.token.TokenIssuer.SERVICE_SUBJECT.equals(owner) && user instanceof String name
                && !name.isBlank()) {
            return name;
        }
        return owner;
    }

    /** True once the client canceled the task; long-running executors should stop. */
    boolean isCanceled();

    /** The task is being worked on; the note, when not null, is shown as the agent's status message. */
    void working(String note);

    /**
     * As {@link #working(String)}, with metadata on the status message (for example the agent the platform front
     * door routed to, so a streaming client can say who answers before the reply arrives).
     */
    default void working(String note, java.util.Map<String, Object> metadata) {
        working(note);
    }

    /** A new artifact, or with {@code append} a chunk added to the artifact with the same id. */
    void artifact(Artifact artifact, boolean append, boolean lastChunk);

    /** Ends the task successfully; a non-null answer becomes an "answer" artifact and the status message. */
    void complete(String answer);

    /** Ends the task as failed with a reason for the client. */
    void fail(String reason);

    /** Ends the task as rejected: the agent will not do this. */
    void reject(String reason);

    /** Pauses the task until the client answers the question with a message to the same task. */
    void requireInput(String question);
}
