package io.switchboard.console.dashboard;

/** One agent on the dashboard: its status (disabled, active, degraded, offline) and its circuit breaker. */
public record AgentTile(String name, String status, String circuit) {
}
