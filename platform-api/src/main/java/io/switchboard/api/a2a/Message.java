package io.switchboard.api.a2a;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One turn of communication between a client ({@code role=user}) and an agent ({@code role=agent}). */
public record Message(
        String role,
        List<Part> parts,
        String messageId,
        String contextId,
        String taskId,
        Map<String, Object> metadata,
        List<String> extensions,
        List<String> referenceTaskIds,
        String kind) {

    public static final String KIND = "message";
    public static final String ROLE_USER = "user";
    public static final String ROLE_AGENT = "agent";
    /** Metadata key: the platform task (POST /api/execute-task) this message was sent for. */
    public static final String PLATFORM_TASK_ID = "switchboardTaskId";
    /** Metadata key: the user the orchestrator forwards a request for (trusted only from its service token). */
    public static final String PLATFORM_USER = "switchboardUser";
    /** Status-message metadata key of the platform front door: the agent it routed the request to. */
    public static final String ROUTED_AGENT = "switchboardAgent";
    /** Status-message metadata key of the platform front door: how it chose that agent (a Routing mode). */
    public static final String ROUTING_MODE = "switchboardRouting";

    public static Message userText(String messageId, String contextId, String text) {
        return new Message(ROLE_USER, List.of(Part.text(text)), messageId, contextId, null, null, null, null, KIND);
    }

    /** A user message sent for a platform task, which it names in its metadata. */
    public static Message userTextFor(String platformTaskId, String messageId, String contextId, String text) {
        return new Message(ROLE_USER, List.of(Part.text(text)), messageId, contextId, null,
                Map.of(PLATFORM_TASK_ID, platformTaskId), null, null, KIND);
    }

    /** As {@link #userTextFor(String, String, String, String)}, for a named user. */
    public static Message userTextFor(String platformTaskId, String user, String messageId, String contextId,
                                      String text) {
        return new Message(ROLE_USER, List.of(Part.text(text)), messageId, contextId, null,
                user == null ? Map.of(PLATFORM_TASK_ID, platformTaskId)
                        : Map.of(PLATFORM_TASK_ID, platformTaskId, PLATFORM_USER, user), null, null, KIND);
    }

    /** The platform task this message was sent for, or null. */
    public String platformTaskId() {
        return metadata != null && metadata.get(PLATFORM_TASK_ID) instanceof String id ? id : null;
    }

    public static Message agentText(String messageId, String contextId, String taskId, String text) {
        return new Message(ROLE_AGENT, List.of(Part.text(text)), messageId, contextId, taskId, null, null, null, KIND);
    }

    /** This message, placed in a task and its context. */
    public Message inTask(String newTaskId, String newContextId) {
        return new Message(role, parts, messageId, newContextId, newTaskId, metadata, extensions, referenceTaskIds, KIND);
    }

    /** The text parts joined by newlines; empty when there are none. */
    public String joinedText() {
        return parts == null ? "" : parts.stream().filter(Part::holdsText).map(Part::text)
                .collect(Collectors.joining("\n"));
    }
}
