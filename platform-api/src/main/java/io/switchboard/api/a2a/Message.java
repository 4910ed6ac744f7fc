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
        String kind) {

    public static final String KIND = "message";
    public static final String ROLE_USER = "user";
    public static final String ROLE_AGENT = "agent";

    public static Message userText(String messageId, String contextId, String text) {
        return new Message(ROLE_USER, List.of(Part.text(text)), messageId, contextId, null, null, KIND);
    }

    public static Message agentText(String messageId, String contextId, String taskId, String text) {
        return new Message(ROLE_AGENT, List.of(Part.text(text)), messageId, contextId, taskId, null, KIND);
    }

    /** The text parts joined by newlines; empty when there are none. */
    public String joinedText() {
        return parts == null ? "" : parts.stream().filter(Part::holdsText).map(Part::text)
                .collect(Collectors.joining("\n"));
    }
}
