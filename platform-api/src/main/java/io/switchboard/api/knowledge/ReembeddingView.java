package io.switchboard.api.knowledge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change of a collection's embedding model in progress: the model it moves to, the {@code rag-reembed} batch
 * job's state, and how many of the collection's chunks have their new vectors. Queries keep using the current
 * model until every chunk has one; then the collection switches in one transaction.
 */
@Schema(name = "Reembedding")
public record ReembeddingView(EmbeddingSettingsView target, Long executionId,
                              @Schema(description = "The batch job's status, e.g. STARTED, FAILED (retried "
                                      + "automatically); null before it starts")
                              String status,
                              int chunksDone, int chunksTotal) {
}
