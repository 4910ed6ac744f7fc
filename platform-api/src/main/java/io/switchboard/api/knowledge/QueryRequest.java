package io.switchboard.api.knowledge;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/collections/{id}/query} and {@code /answer}. */
@Schema(name = "QueryRequest")
public record QueryRequest(
        @Schema(required = true, example = "How do I rotate the signing keys?")
        @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters")
        String query,

        @Schema(description = "How many passages (default 10)", example = "10")
        @Min(value = 1, message = "must be at least 1") @Max(value = 100, message = "must be at most 100")
        Integer k,

        @Schema(description = "hybrid (default), vector or keyword", example = "hybrid")
        @Pattern(regexp = "hybrid|vector|keyword", message = "must be hybrid, vector or keyword")
        String mode,

        @Schema(description = "Only passages of these documents")
        Filter filter) {

    /** Restricts the search to some documents of the collection. */
    @Schema(name = "QueryFilter")
    public record Filter(@Size(max = 1000, message = "may list at most 1000 documents") List<String> documentIds) {
    }

    public int kOrDefault() {
        return k == null ? 10 : k;
    }

    public String modeOrDefault() {
        return mode == null ? "hybrid" : mode;
    }
}
