package io.switchboard.orchestration.task;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import io.switchboard.agents.model.ModelSession;
import java.util.List;

/**
 * One answer from the answers of several agents to the parts of a request: the model combines them; without a
 * usable model (none, a failed call, a spent budget) the answers follow one another under the agents' names.
 */
public final class AnswerSynthesis {

    static final String PROMPT = "You combine the answers that specialist agents gave to parts of a user's request "
            + "into one clear answer to the whole request. Keep every fact, figure and citation they gave; do not add "
            + "facts of your own; say which parts could not be answered.";

    /** One part's outcome: the agent, what it was asked, its answer or its error. */
    public record Part(String agent, String request, String answer, String error) {
    }

    private AnswerSynthesis() {
    }

    public static String combine(String request, List<Part> parts, ModelSession model) {
        if (model != null) {
            try {
                String text = model.chat().chat(dev.langchain4j.model.chat.request.ChatRequest.builder()
                        .messages(SystemMessage.from(PROMPT), UserMessage.from(prompt(request, parts))).build())
                        .aiMessage().text();
                if (text != null && !text.isBlank()) {
                    return text.strip() + "\n\n(" + model.mode() + "; combined from " + parts.size() + " agents)";
                }
            } catch (RuntimeException e) {
                return listed(parts) + "\n\n(the answers could not be combined: " + model.describeFailure(e) + ")";
            }
        }
        return listed(parts);
    }

    static String prompt(String request, List<Part> parts) {
        StringBuilder text = new StringBuilder("Request: ").append(request).append("\n\nAnswers of the specialists:\n");
        for (Part p : parts) {
            text.append("- ").append(p.agent()).append(" (asked: ").append(p.request()).append("): ")
                    .append(p.error() == null ? p.answer() : "could not answer: " + p.error()).append('\n');
        }
        return text.toString();
    }

    static String listed(List<Part> parts) {
        StringBuilder text = new StringBuilder();
        for (Part p : parts) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(p.agent()).append(" — ").append(p.request()).append(":\n")
                    .append(p.error() == null ? p.answer() : "could not answer: " + p.error());
        }
        return text.toString();
    }
}
