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

    /** Messages read beyond the window, so that it can start at the user message of a long tool exchange. */
    static final int LOOKBACK = 40;

    private final SessionKey key;
    private final String agentName;
    private final SessionMemoryStore store;
    private final int windowMessages;
    private final int maxTokens;
    private final List<ChatMessage> messages;
    private SystemMessage system;

    public SessionWindowMemory(SessionKey key, String agentName, SessionMemoryStore store, int windowMessages,
                               int maxTokens) {
        this.key = key;
        this.agentName = agentName;
        this.store = store;
        this.windowMessages = windowMessages;
        this.maxTokens = maxTokens;
        // the window's messages and some before them (to start at a user message), never the whole history
        this.messages = new ArrayList<>(store.recent(key, windowMessages + LOOKBACK));
    }

    @Override
    public Object id() {
        return key;
    }

    @Override
    public synchronized void add(ChatMessage message) {
        if (message instanceof SystemMessage s) {
            system = s;
            return;
        }
        messages.add(message);
        store.append(key, message instanceof UserMessage ? null : agentName, message);
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
        store.deleteMessages(key);
    }

    /**
     * The latest messages within both limits, made valid for providers: it starts at a user message (the latest
     * one at least is always kept, whatever the limits), a tool result is kept only after the assistant message
     * that called it, and an assistant's tool calls only together with all their results.
     */
    static List<ChatMessage> window(List<ChatMessage> all, int windowMessages, int maxTokens) {
        int lastUser = -1;
        for (int i = all.size() - 1; i >= 0 && lastUser < 0; i--) {
            if (all.get(i) instanceof UserMessage) {
                lastUser = i;
            }
        }
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
        if (lastUser >= 0 && start > lastUser) {
            start = lastUser;
        }
        while (start < all.size() && !(all.get(start) instanceof UserMessage) && start < lastUser) {
            start++;
        }
        return consistent(all.subList(start, all.size()));
    }

    /** Drops tool results without their call and tool calls without all their results. */
    static List<ChatMessage> consistent(List<ChatMessage> messages) {
        List<ChatMessage> kept = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            ChatMessage m = messages.get(i);
            if (m instanceof ToolExecutionResultMessage) {
                continue; // kept only with its call, below
            }
            if (m instanceof AiMessage ai && ai.hasToolExecutionRequests()) {
                java.util.Set<String> wanted = new java.util.HashSet<>();
                ai.toolExecutionRequests().forEach(r -> wanted.add(r.id()));
                List<ChatMessage> results = new ArrayList<>();
                int j = i + 1;
                while (j < messages.size() && messages.get(j) instanceof ToolExecutionResultMessage r) {
                    if (wanted.remove(r.id())) {
                        results.add(r);
                    }
                    j++;
                }
                if (wanted.isEmpty()) {
                    kept.add(ai);
                    kept.addAll(results);
                } else if (ai.text() != null && !ai.text().isBlank()) {
                    kept.add(AiMessage.from(ai.text()));
                }
                i = j - 1;
                continue;
            }
            kept.add(m);
        }
        return List.copyOf(kept);
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
