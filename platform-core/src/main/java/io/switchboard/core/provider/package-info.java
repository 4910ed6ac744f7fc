/**
 * Calls to language-model and embedding providers through LangChain4j, shared by the agents and the knowledge
 * module: how a failed call is described to the caller.
 */
package io.switchboard.core.provider;
