/**
 * The document specialist: answers from the knowledge collections with citations. Without a model it returns
 * the best-matching sentences and passages, each citing its document, chunk and character offsets.
 */
package io.switchboard.agents.specialist.document;
