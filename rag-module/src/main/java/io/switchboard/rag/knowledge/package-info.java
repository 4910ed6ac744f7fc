/**
 * Knowledge collections and their documents: creating and deleting collections, uploading documents
 * (format and size checks, duplicate detection by SHA-256, replacement by name), and the JDBC store that
 * keeps collections, documents, chunks and embeddings in the platform database, the source of truth.
 */
package io.switchboard.rag.knowledge;
