package io.switchboard.api.knowledge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far ingestion of a collection has come; rate and ETA are null until there is something to measure. */
@Schema(name = "IngestionProgress")
public record IngestionProgress(String collectionId, Long jobExecutionId, String jobStatus, int documentsTotal,
                                int documentsDone, int documentsFailed, int chunksDone,
                                @Schema(description = "Chunks when every pending document is ingested: exact when none "
                                        + "is pending, else estimated from the chunks per document so far (a "
                                        + "document's chunks are known only once it is parsed); null before the "
                                        + "first document is indexed")
                                Integer chunksTotal,
                                Double chunksPerSecond, Long etaSeconds) {
}
