package io.switchboard.rag.retrieval;

/** How a query is matched: by its words, by its meaning, or both fused. */
public enum SearchMode {
    HYBRID, VECTOR, KEYWORD
}
