package io.switchboard.rag.chunk;

/** Counts the tokens a text takes in the embedding model, without the model's own special tokens. */
@FunctionalInterface
public interface TokenCounter {

    int count(String text);
}
