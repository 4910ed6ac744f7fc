package io.switchboard.rag.knowledge;

/** Documents of a collection by ingestion status, and its chunks. */
public record IngestionCounts(int pending, int indexed, int failed, int chunks) {

    public int total() {
        return pending + indexed + failed;
    }
}
