package io.switchboard.api.knowledge;

/** Where a document is in ingestion. */
public final class DocumentStatus {

    /** Stored, waiting for the ingestion job. */
    public static final String PENDING = "pending";
    /** Parsed, chunked, embedded and searchable. */
    public static final String INDEXED = "indexed";
    /** Could not be read; {@code error} says why. */
    public static final String FAILED = "failed";

    private DocumentStatus() {
    }
}
