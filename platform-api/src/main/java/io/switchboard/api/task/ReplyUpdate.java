package io.switchboard.api.task;

/**
 * One step of a streamed reply to a task, as a client of the platform's A2A front door ({@code message/stream}
 * on {@code /a2a}) sees it: the task started, the agent it was routed to, a piece of the reply's text, or the end.
 *
 * @param kind      which step this is
 * @param taskId    the A2A task (set on {@link Kind#STARTED})
 * @param contextId the conversation; send it again to continue (set on {@link Kind#STARTED})
 * @param agent     the agent that answers (set on {@link Kind#ROUTED})
 * @param routing   how it was chosen, a {@link Routing} mode (set on {@link Kind#ROUTED})
 * @param text      a chunk of the reply ({@link Kind#TEXT}), or the final status message ({@link Kind#ENDED})
 * @param state     the task's final state, e.g. completed, failed, rejected (set on {@link Kind#ENDED})
 */
public record ReplyUpdate(Kind kind, String taskId, String contextId, String agent, String routing, String text,
                          String state) {

    /** The steps of a streamed reply, in the order they come. */
    public enum Kind { STARTED, ROUTED, TEXT, ENDED }

    public static ReplyUpdate started(String taskId, String contextId) {
        return new ReplyUpdate(Kind.STARTED, taskId, contextId, null, null, null, null);
    }

    public static ReplyUpdate routed(String agent, String routing) {
        return new ReplyUpdate(Kind.ROUTED, null, null, agent, routing, null, null);
    }

    public static ReplyUpdate text(String chunk) {
        return new ReplyUpdate(Kind.TEXT, null, null, null, null, chunk, null);
    }

    public static ReplyUpdate ended(String state, String message) {
        return new ReplyUpdate(Kind.ENDED, null, null, null, null, message, state);
    }

    public boolean completed() {
        return kind == Kind.ENDED && "completed".equals(state);
    }
}
