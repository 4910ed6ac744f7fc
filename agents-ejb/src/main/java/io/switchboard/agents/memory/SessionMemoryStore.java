package io.switchboard.agents.memory;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import io.switchboard.core.jdbc.Jdbc;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import javax.sql.DataSource;

/**
 * Sessions' messages in {@code session_messages}, one row per message in order. As a {@link ChatMemoryStore} it
 * replaces a session's messages; {@link #append} adds one, which is what conversations do. System messages are
 * not kept: each agent sends its own.
 */
@ApplicationScoped
public class SessionMemoryStore implements ChatMemoryStore {

    /** One kept message: who wrote it (the agent, for its replies), and when. */
    public record StoredMessage(long position, String agentName, ChatMessage message, java.time.OffsetDateTime at) {
    }

    @Resource(lookup = "jdbc/switchboard")
    DataSource dataSource;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource, "conversation memory");
    }

    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        return history(memoryId.toString()).stream().map(StoredMessage::message).toList();
    }

    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        deleteMessages(memoryId);
        for (ChatMessage message : messages) {
            append(memoryId.toString(), null, message);
        }
    }

    @Override
    public void deleteMessages(Object memoryId) {
        jdbc.update("DELETE FROM session_messages WHERE session_id = ?", memoryId.toString());
    }

    public void append(String sessionId, String agentName, ChatMessage message) {
        if (message instanceof SystemMessage) {
            return;
        }
        jdbc.update("INSERT INTO session_messages (session_id, agent_name, message, created_at) VALUES (?, ?, ?, ?)",
                sessionId, agentName, ChatMessageSerializer.messageToJson(message), Jdbc.now());
    }

    /** The session's messages, oldest first. */
    public List<StoredMessage> history(String sessionId) {
        return jdbc.query("SELECT id, agent_name, message, created_at FROM session_messages WHERE session_id = ? "
                        + "ORDER BY id", rs -> new StoredMessage(rs.getLong(1), rs.getString(2),
                        ChatMessageDeserializer.messageFromJson(rs.getString(3)),
                        rs.getObject(4, java.time.OffsetDateTime.class)), sessionId);
    }
}
