/**
 * The knowledge API: collections of documents, their ingestion progress, and retrieval (ranked, cited
 * passages, and extractive or model-written answers).
 */
package io.switchboard.api.knowledge;
