/**
 * Retrieval over a passage index: keyword (BM25), vector (embedding similarity) and hybrid, which fuses the
 * two rankings with reciprocal rank fusion, a parameter-free method (k = 60) that needs no tuning on the
 * queries it is measured with ({@link io.switchboard.rag.index.ReciprocalRankFusion}, also what a store may do natively).
 */
package io.switchboard.rag.retrieval;
