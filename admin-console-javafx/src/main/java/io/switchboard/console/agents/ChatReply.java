package io.switchboard.console.agents;

import io.switchboard.api.task.ReplyUpdate;
import javafx.collections.ObservableList;

/**
 * One reply line of the "try it" transcript while it streams: "agent (routed by …): text so far", rewritten in
 * place as updates arrive; at the end it reads the reply, or why the task did not complete.
 */
final class ChatReply {

    private final ObservableList<String> transcript;
    private final StringBuilder text = new StringBuilder();
    private String agent;
    private String how = "";
    private String outcome = "…";
    private int line = -1;
    private boolean ended;

    ChatReply(ObservableList<String> transcript, String requestedAgent) {
        this.transcript = transcript;
        this.agent = requestedAgent == null ? "orchestrator" : requestedAgent;
    }

    void show() {
        transcript.add(render());
        line = transcript.size() - 1;
    }

    void apply(ReplyUpdate update) {
        if (ended) {
            return;
        }
        switch (update.kind()) {
            case ROUTED -> {
                agent = update.agent();
                how = update.routing() == null || "requested".equals(update.routing()) ? ""
                        : " (routed by " + update.routing() + ")";
            }
            case TEXT -> text.append(update.text());
            case ENDED -> {
                ended = true;
                outcome = update.completed() ? ""
                        : "[" + update.state() + (update.text() == null || update.text().isBlank() ? ""
                        : ": " + update.text()) + "]";
                if (update.completed() && text.isEmpty() && update.text() != null) {
                    text.append(update.text());
                }
            }
            default -> { }
        }
        refresh();
    }

    /** The stream closed: with a failure, or (null) normally, perhaps before the task said it ended. */
    void end(String failure) {
        if (ended) {
            return;
        }
        ended = true;
        outcome = failure != null ? "[error: " + failure + "]" : "[the stream ended before the reply did]";
        refresh();
    }

    private void refresh() {
        if (line >= 0 && line < transcript.size()) {
            transcript.set(line, render());
        }
    }

    private String render() {
        String gap = text.isEmpty() || outcome.isEmpty() || "…".equals(outcome) ? "" : " ";
        return agent + how + ": " + text + gap + outcome;
    }
}
