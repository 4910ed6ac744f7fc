/**
 * The built-in specialists: agents whose executor ships with the platform, each in its own package. Each one
 * works without a language model (deterministically) and says which mode produced its answer.
 */
package io.switchboard.agents.specialist;
