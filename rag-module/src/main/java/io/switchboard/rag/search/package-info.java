/**
 * Searching a collection: one Lucene index per collection in the server's data directory, opened on first
 * use and rebuilt from the database when it is missing or does not match it (another server ingested, a
 * crash lost uncommitted writes); queries in keyword, vector or hybrid mode with citations; and answers,
 * extractive when no language model is configured.
 */
package io.switchboard.rag.search;
