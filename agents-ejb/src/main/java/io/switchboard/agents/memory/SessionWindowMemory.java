package io.switchboard.agents.memory;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import java.util.ArrayList;
import java.util.List;

/**
 * The LangChain4j {@link ChatMemory} of one execution in a session: new messages are kept for good in the
 * {@link SessionMemoryStore}; the model is sent the agent's system message and the latest messages that fit both
 * the message window and the token limit (estimated at four characters a token), never starting with a tool
 * result whose call fell outside the window.
 */
public final class SessionWindowMemory implements ChatMemory {

    private final String sessionId;
    private final String agentName;
    private final SessionMemoryStore store;
    private final int windowMessages;
    private final int maxTokens;
    private final List<ChatMessage> messages;
    private SystemMessage system;

    public SessionWindowMemory(String sessionId, String agentName, SessionMemoryStore store, int windowMessages,
                               int maxTokens) {
        this.sessionId = sessionId;
        this.agentName = agentName;
        this.store = store;
        this.windowMessages = windowMessages;
        this.maxTokens = maxTokens;
        this.messages = new ArrayList<>(store.getMessages(sessionId));
    }

    @Override
    public Object id() {
        return sessionId;
    }

    @Override
    public synchronized void add(ChatMessage message) {
        if (message instanceof SystemMessage s) {
            system = s;
            return;
        }
        messages.add(message);
        store.append(sessionId, message instanceof UserMessage ? null : agentName, message);
    }

    @Override
    public synchronized List<ChatMessage> messages() {
        List<ChatMessage> window = window(messages, windowMessages, maxTokens);
        if (system == null) {
            return window;
        }
        List<ChatMessage> all = new ArrayList<>(window.size() + 1);
        all.add(system);
        all.addAll(window);
        return all;
    }

    @Override
    public synchronized void clear() {
        messages.clear();
        store.deleteMessages(sessionId);
    }

    /** The latest messages within both limits, starting at a user message when one is in range. */
    static List<ChatMessage> window(List<ChatMessage> all, int windowMessages, int maxTokens) {
        int start = all.size();
        int tokens = 0;
        while (start > 0 && all.size() - start < windowMessages) {
            int next = estimateTokens(all.get(start - 1));
            if (tokens + next > maxTokens && start < all.size()) {
                break;
            }
            tokens += next;
            start--;
        }
        while (start < all.size() - 1 && (all.get(start) instanceof ToolExecutionResultMessage
                || all.get(start) instanceof AiMessage ai && ai.hasToolExecutionRequests())) {
            start++;
        }
        return List.copyOf(all.subList(start, all.size()));
    }

    static int estimateTokens(ChatMessage message) {
        int chars = switch (message) {
            case UserMessage u -> u.contents().stream().mapToInt(SessionWindowMemory::chars).sum();
            case AiMessage a -> (a.text() == null ? 0 : a.text().length())
                    + a.toolExecutionRequests().stream().mapToInt(t -> t.arguments().length() + t.name().length()).sum();
            case ToolExecutionResultMessage t -> t.text() == null ? 0 : t.text().length();
            case SystemMessage s -> s.text().length();
            default -> 0;
        };
        return 4 + chars / 4;
    }

    private static int chars(Content content) {
        return content instanceof TextContent t ? t.text().length() : 1000;
    }
}
