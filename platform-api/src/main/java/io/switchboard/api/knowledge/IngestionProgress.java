package io.switchboard.api.knowledge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far ingestion of a collection has come; rate and ETA are null until there is something to measure. */
@Schema(name = "IngestionProgress")
public record IngestionProgress(String collectionId, Long jobExecutionId, String jobStatus, int documentsTotal,
                                int documentsDone, int documentsFailed, int chunksDone, Double chunksPerSecond,
                                Long etaSeconds) {
}
