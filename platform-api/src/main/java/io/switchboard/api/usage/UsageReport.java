package io.switchboard.api.usage;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Model usage between two days (inclusive, UTC), grouped by one dimension, with the total. */
@Schema(name = "UsageReport")
public record UsageReport(String from, String to,
                          @Schema(enumeration = {"agent", "task", "session", "day", "model"}) String by,
                          UsageRow total, List<UsageRow> rows) {
}
