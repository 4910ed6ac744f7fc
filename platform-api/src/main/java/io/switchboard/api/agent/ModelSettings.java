package io.switchboard.api.agent;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which language model an agent uses, given in a request. Omitted fields fall back to the platform default
 * model; with neither, the agent works without a model. The API key is write-only: it is sealed at rest and
 * views show only a masked hint.
 */
@Schema(name = "ModelSettings")
public record ModelSettings(
        @Schema(enumeration = {"openai", "anthropic", "gemini", "ollama"},
                description = "openai covers every OpenAI-compatible server (vLLM, LM Studio, Ollama's /v1)")
        @Pattern(regexp = "openai|anthropic|gemini|ollama", message = "must be openai, anthropic, gemini or ollama")
        String provider,

        @Schema(example = "gpt-4o-mini")
        @Size(max = 200, message = "must be at most 200 characters")
        String model,

        @Schema(example = "http://localhost:11434/v1")
        @Size(max = 2000, message = "must be at most 2000 characters")
        @Pattern(regexp = "https?://.+", message = "must be an http or https URL")
        String baseUrl,

        @Schema(description = "Write-only; sealed with the master key, never returned")
        @Size(max = 1000, message = "must be at most 1000 characters")
        String apiKey,

        @DecimalMin(value = "0.0", message = "must be at least 0") @DecimalMax(value = "2.0", message = "must be at most 2")
        Double temperature,

        @Min(value = 1, message = "must be at least 1") @Max(value = 200_000, message = "must be at most 200000")
        Integer maxTokens,

        @Min(value = 1, message = "must be at least 1") @Max(value = 600, message = "must be at most 600")
        Integer timeoutSeconds) {
}
