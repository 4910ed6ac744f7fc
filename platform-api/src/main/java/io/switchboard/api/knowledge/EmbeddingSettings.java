package io.switchboard.api.knowledge;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The embedding model a collection uses, given in a request: the in-process all-MiniLM-L6-v2 (the default; no
 * network), any OpenAI-compatible {@code /v1/embeddings} server, or Ollama's native API. The API key is write-only:
 * sealed at rest with the master key; views show only a masked hint.
 */
@Schema(name = "EmbeddingSettings")
public record EmbeddingSettings(
        @Schema(enumeration = {"in-process", "openai", "ollama"}, required = true,
                description = "openai covers every OpenAI-compatible server (vLLM, LM Studio, Ollama's /v1)")
        @NotNull(message = "is required")
        @Pattern(regexp = "in-process|openai|ollama", message = "must be in-process, openai or ollama")
        String provider,

        @Schema(description = "Model name; defaults: all-minilm-l6-v2 (in-process), text-embedding-3-small (openai), "
                + "nomic-embed-text (ollama)", example = "text-embedding-3-small")
        @Size(max = 200, message = "must be at most 200 characters")
        String model,

        @Schema(example = "http://localhost:11434")
        @Size(max = 2000, message = "must be at most 2000 characters")
        @Pattern(regexp = "https?://.+", message = "must be an http or https URL")
        String baseUrl,

        @Schema(description = "Write-only; sealed with the master key, never returned")
        @Size(max = 1000, message = "must be at most 1000 characters")
        String apiKey,

        @Min(value = 1, message = "must be at least 1") @Max(value = 600, message = "must be at most 600")
        Integer timeoutSeconds) {

    public static final String IN_PROCESS = "in-process";
    public static final String OPENAI = "openai";
    public static final String OLLAMA = "ollama";
}
