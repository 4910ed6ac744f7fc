/**
 * From a document to searchable passages: {@link io.switchboard.rag.ingest.DocumentIndexer} chunks and embeds;
 * the {@code rag-ingest} Jakarta Batch job (META-INF/batch-jobs/rag-ingest.xml) runs it over a collection's
 * pending documents, one document per checkpointed chunk transaction; {@link io.switchboard.rag.ingest.IngestionJobs}
 * starts, restarts and reports on those jobs.
 */
package io.switchboard.rag.ingest;
