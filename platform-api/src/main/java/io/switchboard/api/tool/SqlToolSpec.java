package io.switchboard.api.tool;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a {@code sql} tool runs: one read-only statement whose {@code :name} parameters are bound from the arguments. */
@Schema(name = "SqlToolSpec")
public record SqlToolSpec(
        @Schema(description = "Name of a registered datasource", example = "warehouse")
        @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters")
        String datasource,

        @Schema(example = "SELECT id, total FROM orders WHERE customer_id = :customerId ORDER BY id")
        @NotBlank(message = "is required") @Size(max = 20_000, message = "must be at most 20000 characters")
        String statement,

        @Schema(description = "Most rows returned (default: the datasource's)")
        @Min(value = 1, message = "must be at least 1") @Max(value = 10_000, message = "must be at most 10000")
        Integer maxRows) {
}
