/**
 * The search index behind a collection: passages with their BM25-indexed text and their embedding, searched
 * by keywords or by vector. {@link io.switchboard.rag.index.PassageIndex} is the seam for another store
 * (pgvector, OpenSearch through a LangChain4j {@code EmbeddingStore}); the shipped implementation is Apache
 * Lucene on local disk (BM25 with an English analyzer, HNSW vectors), derived from the database and
 * rebuildable from it.
 */
package io.switchboard.rag.index;
