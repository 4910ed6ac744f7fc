package io.switchboard.api.task;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the orchestrator chose the agent of a task. */
@Schema(name = "Routing")
public record Routing(
        @Schema(description = "The agent chosen") String agent,
        @Schema(enumeration = {"requested", "embedding", "fallback", "model"},
                description = "requested: the caller named the agent; embedding: by similarity to the agents' skills "
                        + "(no model); fallback: no agent was similar enough; model: a language model classified it")
        String mode,
        @Schema(description = "Cosine similarity of the best-matching skill (embedding and fallback modes)") Double score,
        @Schema(description = "Why, in words: the matching skill or example, or what the model said") String reason) {

    public static final String REQUESTED = "requested";
    public static final String EMBEDDING = "embedding";
    public static final String FALLBACK = "fallback";
    public static final String MODEL = "model";
}
