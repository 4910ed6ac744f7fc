/**
 * Choosing the agent for a request the caller did not address to one. Without a model: the request's
 * embedding (in-process all-MiniLM-L6-v2) is compared with each routable agent's skill descriptions and
 * examples; the most similar agent wins if its similarity clears the threshold, else the fallback agent
 * (general) answers. The decision — agent, mode, score and the matching text — is recorded on the task.
 */
package io.switchboard.orchestration.routing;
