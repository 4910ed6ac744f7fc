/**
 * Retrieval quality on SciFact (BEIR): the data set's loader, nDCG@10 and recall@100, an evaluation that
 * indexes the corpus with the production chunker, embedder and index, a CI-sized subset with floors, and the
 * full evaluation as a benchmark ({@code -Pbench}).
 */
package io.switchboard.rag.eval;
