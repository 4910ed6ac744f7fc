/**
 * A2A server endpoints: each agent's JSON-RPC endpoint at {@code /a2a/agents/{id}} and its public agent
 * card at {@code /a2a/agents/{id}/.well-known/agent-card.json}. JSON-RPC framing and error codes live
 * here; the work is done by the agent execution service.
 */
package io.switchboard.web.a2a;
