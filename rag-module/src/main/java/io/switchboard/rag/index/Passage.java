package io.switchboard.rag.index;

/**
 * A chunk as the index holds it: where it comes from (document id and name, chunk index, character offsets
 * in the document's text), the text shown as the cited passage, the text searched by keywords (passage
 * with its title and heading context), and its embedding.
 */
public record Passage(String documentId, String documentName, int chunkIndex, int start, int end, String text,
                      String searchableText, float[] embedding) {

    public String id() {
        return documentId + "#" + chunkIndex;
    }
}
