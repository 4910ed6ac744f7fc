package io.switchboard.api.agent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agent's model settings as the API shows them: the API key only as a masked hint. */
@Schema(name = "ModelSettingsView")
public record ModelSettingsView(String provider, String model, String baseUrl,
                                @Schema(description = "The key's last characters, e.g. ••••3f9a; null when none is set")
                                String apiKeyHint,
                                Double temperature, Integer maxTokens, Integer timeoutSeconds) {
}
