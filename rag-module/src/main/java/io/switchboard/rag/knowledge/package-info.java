/**
 * Knowledge collections (to come): ingestion, chunking, in-process embeddings and hybrid BM25 + vector
 * retrieval with citations. Nothing is implemented yet.
 */
package io.switchboard.rag.knowledge;
