package io.switchboard.rag.chunk;

/**
 * How big chunks are, in tokens of the embedding model: {@code maxTokens} is the whole window the model
 * reads (title and heading context included), {@code overlapTokens} how much of the previous chunk's end
 * a chunk repeats.
 */
public record ChunkingPolicy(int maxTokens, int overlapTokens) {

    /** all-MiniLM-L6-v2 reads 128 tokens, two of which are its [CLS] and [SEP]. */
    public static final ChunkingPolicy MINILM = new ChunkingPolicy(126, 16);

    public ChunkingPolicy {
        if (maxTokens < 16) {
            throw new IllegalArgumentException("chunks must allow at least 16 tokens, not " + maxTokens);
        }
        if (overlapTokens < 0 || overlapTokens > maxTokens / 2) {
            throw new IllegalArgumentException("the overlap must be between 0 and half the chunk size ("
                    + maxTokens / 2 + " tokens), not " + overlapTokens);
        }
    }
}
