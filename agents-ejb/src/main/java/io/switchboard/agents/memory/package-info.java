/**
 * Conversation memory per session: every message kept in the database (a LangChain4j {@code ChatMemoryStore}),
 * and the window of it a model is sent (the latest messages within a message count and a token limit).
 */
package io.switchboard.agents.memory;
