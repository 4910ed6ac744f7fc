package io.switchboard.api.tool;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/datasources}: a database the SQL tools may read. The password is sealed at rest. */
@Schema(name = "DatasourceRequest")
public record DatasourceRequest(
        @Schema(required = true, example = "warehouse")
        @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1-64 letters, digits, '_' or '-'")
        String name,

        @Schema(required = true, example = "jdbc:postgresql://db.internal:5432/warehouse")
        @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
        @Pattern(regexp = "jdbc:(postgresql|h2):.+", message = "must be a jdbc:postgresql: or jdbc:h2: URL")
        String jdbcUrl,

        @Schema(description = "Use a database role that may only read", example = "reporting")
        @Size(max = 200, message = "must be at most 200 characters")
        String username,

        @Schema(description = "Write-only: sealed with the master key, never returned")
        @Size(max = 1000, message = "must be at most 1000 characters")
        String password,

        @Schema(description = "Most rows a query returns (default 1000)")
        @Min(value = 1, message = "must be at least 1") @Max(value = 10_000, message = "must be at most 10000")
        Integer maxRows,

        @Schema(description = "Longest a query may run, in seconds (default 30)")
        @Min(value = 1, message = "must be at least 1") @Max(value = 600, message = "must be at most 600")
        Integer queryTimeoutSeconds) {
}
