package io.switchboard.api.a2a;

/** A push notification configuration bound to a task (0.3 shape). */
public record TaskPushNotificationConfig(String taskId, PushNotificationConfig pushNotificationConfig) {
}
