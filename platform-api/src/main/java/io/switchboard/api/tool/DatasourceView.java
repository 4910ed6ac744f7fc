package io.switchboard.api.tool;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registered datasource; the password is never shown. */
@Schema(name = "Datasource")
public record DatasourceView(
        String id,
        String name,
        String jdbcUrl,
        String username,
        @Schema(description = "Whether a password is stored") boolean passwordSet,
        int maxRows,
        int queryTimeoutSeconds,
        Instant createdAt) {
}
