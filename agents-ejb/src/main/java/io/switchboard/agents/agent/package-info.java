/**
 * The agent registry: registering agents, finding them by id or name, and the A2A endpoint at which each
 * local agent is reached. Owns the {@code agents} and {@code agent_tools} tables.
 */
package io.switchboard.agents.agent;
