package io.switchboard.api.knowledge;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ranked passages for a query, best first. */
@Schema(name = "QueryResult")
public record QueryResult(String collectionId, String query, String mode, List<Passage> passages) {
}
