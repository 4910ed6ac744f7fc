package io.switchboard.api.a2a;

import java.util.List;
import java.util.Map;

/** Params of {@code message/send} and {@code message/stream} (0.3 shape). */
public record MessageSendParams(Message message, Configuration configuration, Map<String, Object> metadata) {

    /** How the client wants the request handled. */
    public record Configuration(List<String> acceptedOutputModes, Integer historyLength,
                                PushNotificationConfig pushNotificationConfig, Boolean blocking) {
    }
}
