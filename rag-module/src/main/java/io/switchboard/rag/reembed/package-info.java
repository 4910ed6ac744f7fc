/**
 * Changing a collection's embedding model: the new model is probed and recorded as the collection's target, a
 * {@code rag-reembed} Jakarta Batch job embeds every chunk again into a side table (one document per
 * checkpoint; the table is the checkpoint), and a final step switches the collection to the new vectors and
 * model in one transaction, under the same row lock ingestion takes. Queries use the old model until then.
 */
package io.switchboard.rag.reembed;
