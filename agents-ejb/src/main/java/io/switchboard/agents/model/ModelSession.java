package io.switchboard.agents.model;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;

/**
 * The model one execution talks to, metered: a blocking and a streaming client for the same spec, and the mode
 * line its answers end with.
 */
public record ModelSession(ModelSpec spec, ModelCallScope scope, ChatModel chat, StreamingChatModel streaming) {

    /** The mode line of an answer the model produced. */
    public String mode() {
        return "model: " + spec.describe();
    }

    public String describeFailure(Throwable failure) {
        return ModelFailures.describe(spec, failure);
    }
}
