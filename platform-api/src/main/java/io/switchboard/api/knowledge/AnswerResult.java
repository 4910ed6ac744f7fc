package io.switchboard.api.knowledge;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An answer from a collection: written by a language model from the cited passages when one is configured
 * ({@code method: "model"}), else the passages' sentences that best match the question ({@code "extractive"}).
 * Markers {@code [1]}, {@code [2]} … in the answer refer to the citations in order.
 */
@Schema(name = "AnswerResult")
public record AnswerResult(String collectionId, String query, String answer,
                           @Schema(enumeration = {"model", "extractive"}) String method,
                           @Schema(description = "The model that wrote the answer (provider and name); null when extractive",
                                   example = "openai gpt-4o-mini")
                           String model,
                           @Schema(description = "Why the answer is extractive although a model is configured (the model "
                                   + "call failed); null otherwise")
                           String fallbackReason,
                           List<Passage> citations) {

    /** This answer's citations with another text written from them. */
    public AnswerResult written(String text, String modelName) {
        return new AnswerResult(collectionId, query, text, "model", modelName, null, citations);
    }

    /** This (extractive) answer, noting why the configured model did not write it. */
    public AnswerResult fallenBack(String reason) {
        return new AnswerResult(collectionId, query, answer, method, null, reason, citations);
    }
}
