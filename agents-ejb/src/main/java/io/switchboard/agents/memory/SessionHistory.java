package io.switchboard.agents.memory;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.api.session.SessionMessage;
import io.switchboard.api.session.SessionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** A session's kept messages as the API shows them. */
@ApplicationScoped
public class SessionHistory {

    @Inject
    SessionMemoryStore store;

    /** The session's messages; only {@code owner}'s when it is not null. */
    public SessionView session(String sessionId, String owner) {
        List<SessionMemoryStore.StoredMessage> stored = store.history(sessionId).stream()
                .filter(m -> owner == null || owner.equals(m.owner())).toList();
        if (stored.isEmpty()) {
            throw PlatformException.notFound("session-not-found", "No session '" + sessionId + "' with messages exists");
        }
        List<SessionMessage> messages = stored.stream().map(SessionHistory::view).toList();
        return new SessionView(sessionId, messages.size(), messages);
    }

    static SessionMessage view(SessionMemoryStore.StoredMessage s) {
        String at = s.at() == null ? null : s.at().toInstant().toString();
        return switch (s.message()) {
            case UserMessage u -> new SessionMessage("user", s.owner(), null, u.contents().stream()
                    .map(c -> c instanceof TextContent t ? t.text() : "[" + c.type().name().toLowerCase() + "]")
                    .reduce((a, b) -> a + "\n" + b).orElse(""), List.of(), at);
            case AiMessage a -> new SessionMessage("assistant", s.owner(), s.agentName(), a.text(),
                    a.toolExecutionRequests().stream().map(ToolExecutionRequest::name).toList(), at);
            case ToolExecutionResultMessage t -> new SessionMessage("tool", s.owner(), s.agentName(),
                    t.toolName() + ": " + t.text(),
                    List.of(), at);
            default -> new SessionMessage(s.message().type().name().toLowerCase(), s.owner(), s.agentName(),
                    s.message().toString(),
                    List.of(), at);
        };
    }
}
