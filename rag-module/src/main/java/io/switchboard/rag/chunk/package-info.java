/**
 * Structure-aware chunking: sections by heading, then paragraphs, then sentences, then words, packed into
 * chunks that fit the embedding model's token window (title and heading included) with an overlap between
 * neighbours. Every chunk knows its exact character offsets in the document text, for citations.
 */
package io.switchboard.rag.chunk;
