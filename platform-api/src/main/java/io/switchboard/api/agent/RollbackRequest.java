package io.switchboard.api.agent;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/agents/{id}/rollback}: the version whose definition becomes current again. */
@Schema(name = "RollbackRequest")
public record RollbackRequest(
        @Schema(required = true, example = "1")
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1")
        Integer version) {
}
