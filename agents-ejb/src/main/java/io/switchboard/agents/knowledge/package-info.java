/**
 * Wires the knowledge module (rag-module) into the platform's lifecycle: after the schema is migrated, the
 * ingestion of pending documents is resumed, and checked again periodically.
 */
package io.switchboard.agents.knowledge;
