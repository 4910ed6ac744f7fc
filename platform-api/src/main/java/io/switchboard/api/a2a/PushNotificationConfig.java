package io.switchboard.api.a2a;

import java.util.List;

/** Where and how an agent should deliver task updates to a client's webhook (0.3 shape). */
public record PushNotificationConfig(String id, String url, String token, Authentication authentication) {

    /** How the agent authenticates to the webhook. */
    public record Authentication(List<String> schemes, String credentials) {
    }
}
