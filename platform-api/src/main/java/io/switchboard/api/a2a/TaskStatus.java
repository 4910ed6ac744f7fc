package io.switchboard.api.a2a;

/** The state of an A2A task, with an optional message from the agent and an ISO-8601 timestamp. */
public record TaskStatus(String state, Message message, String timestamp) {
}
