package io.switchboard.api.knowledge;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/collections}. */
@Schema(name = "CreateCollectionRequest", description = "A new knowledge collection")
public record CreateCollectionRequest(
        @Schema(description = "Unique name: letters, digits, spaces, '-', '_' or '.'", example = "handbook", required = true)
        @NotNull(message = "is required")
        @Size(min = 1, max = 100, message = "must be 1-100 characters")
        @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9 _.-]*$", message = "must be letters, digits, spaces, '-', '_' or '.'")
        String name,

        @Schema(description = "What the collection holds")
        @Size(max = 2000, message = "must be at most 2000 characters")
        String description,

        @Schema(description = "Chunk window in tokens of the embedding model, context included (default 126, "
                + "the most all-MiniLM-L6-v2 reads)", example = "126")
        @Min(value = 32, message = "must be at least 32") @Max(value = 126, message = "must be at most 126 for the in-process model")
        Integer chunkMaxTokens,

        @Schema(description = "Tokens a chunk repeats from the end of the previous one (default 16)", example = "16")
        @Min(value = 0, message = "must not be negative") @Max(value = 63, message = "must be at most 63")
        Integer chunkOverlapTokens,

        @Schema(description = "The embedding model (default: the in-process all-MiniLM-L6-v2); change it later with "
                + "PUT /api/collections/{id}/embedding")
        @Valid
        EmbeddingSettings embedding) {
}
