package io.switchboard.agents.memory;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import io.switchboard.core.jdbc.Jdbc;
import jakarta.annotation.PostConstruct;
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

    /** One kept message: whose session, who wrote it (the agent, for its replies), and when. */
    public record StoredMessage(long position, String owner, String agentName, ChatMessage message,
                                java.time.OffsetDateTime at) {
    }

    @jakarta.inject.Inject
    @io.switchboard.core.jdbc.Platform
    DataSource dataSource;

    private Jdbc jdbc;

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource, "conversation memory");
    }

    /** The memory id is a {@link SessionKey} (anything else is a session without owner). */
    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        SessionKey key = SessionKey.of(memoryId);
        return jdbc.query("SELECT id, owner, agent_name, message, created_at FROM session_messages WHERE session_id = ? "
                + "AND " + ownerIs(key) + " ORDER BY id", SessionMemoryStore::row, parameters(key)).stream()
                .map(StoredMessage::message).toList();
    }

    /** The session's latest {@code limit} messages, oldest first: what a window can need, not the whole history. */
    public List<ChatMessage> recent(SessionKey key, int limit) {
        List<ChatMessage> newestFirst = jdbc.query("SELECT id, owner, agent_name, message, created_at FROM session_messages "
                + "WHERE session_id = ? AND " + ownerIs(key) + " ORDER BY id DESC FETCH FIRST " + Math.max(1, limit)
                + " ROWS ONLY", SessionMemoryStore::row, parameters(key)).stream().map(StoredMessage::message).toList();
        List<ChatMessage> oldestFirst = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        deleteMessages(memoryId);
        for (ChatMessage message : messages) {
            append(SessionKey.of(memoryId), null, message);
        }
    }

    @Override
    public void deleteMessages(Object memoryId) {
        SessionKey key = SessionKey.of(memoryId);
        jdbc.update("DELETE FROM session_messages WHERE session_id = ? AND " + ownerIs(key), parameters(key));
    }

    public void append(SessionKey key, String agentName, ChatMessage message) {
        if (message instanceof SystemMessage) {
            return;
        }
        jdbc.update("INSERT INTO session_messages (session_id, owner, agent_name, message, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", key.sessionId(), key.owner(), agentName,
                ChatMessageSerializer.messageToJson(message), Jdbc.now());
    }

    /** The session's messages of every owner, oldest first. */
    public List<StoredMessage> history(String sessionId) {
        return jdbc.query("SELECT id, owner, agent_name, message, created_at FROM session_messages WHERE session_id = ? "
                + "ORDER BY id", SessionMemoryStore::row, sessionId);
    }

    private static String ownerIs(SessionKey key) {
        return key.owner() == null ? "owner IS NULL" : "owner = ?";
    }

    private static Object[] parameters(SessionKey key) {
        return key.owner() == null ? new Object[] {key.sessionId()} : new Object[] {key.sessionId(), key.owner()};
    }

    private static StoredMessage row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredMessage(rs.getLong(1), rs.getString(2), rs.getString(3),
                ChatMessageDeserializer.messageFromJson(rs.getString(4)), rs.getObject(5, java.time.OffsetDateTime.class));
    }
}
