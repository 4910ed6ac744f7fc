package io.switchboard.api.knowledge;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A cited passage: the document it comes from, the chunk's index and its character offsets in the document's
 * extracted text ({@code [start, end)}), the text, and the score of the search that found it.
 */
@Schema(name = "Passage")
public record Passage(String documentId, String documentName, int chunkIndex, int start, int end, String text,
                      double score) {
}
