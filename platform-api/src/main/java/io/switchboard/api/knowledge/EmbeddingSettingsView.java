package io.switchboard.api.knowledge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A collection's embedding model as the API shows it: the API key only as a masked hint. */
@Schema(name = "EmbeddingSettingsView")
public record EmbeddingSettingsView(String provider, String model, String baseUrl,
                                    @Schema(description = "The key's last characters, e.g. ••••3f9a; null when none is set")
                                    String apiKeyHint,
                                    @Schema(description = "Vector length; null until the model has been probed")
                                    Integer dimension,
                                    Integer timeoutSeconds) {
}
