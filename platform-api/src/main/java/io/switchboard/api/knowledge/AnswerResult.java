package io.switchboard.api.knowledge;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An answer from a collection: written by a language model from the cited passages when one is configured
 * ({@code method: "model"}), else the passages' sentences that best match the question ({@code "extractive"}).
 * Markers {@code [1]}, {@code [2]} … in the answer refer to the citations in order.
 */
@Schema(name = "AnswerResult")
public record AnswerResult(String collectionId, String query, String answer, String method, List<Passage> citations) {
}
