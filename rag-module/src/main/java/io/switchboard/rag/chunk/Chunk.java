package io.switchboard.rag.chunk;

/**
 * One passage of a document: {@code text} is exactly {@code document.substring(start, end)};
 * {@code context} (document title and section heading) is prepended when the chunk is embedded and indexed,
 * so that a passage is found by what its document and section are about.
 */
public record Chunk(int index, int start, int end, String text, String context) {

    /** The text the embedding model and the keyword index see. */
    public String contextualText() {
        return context.isEmpty() ? text : context + "\n" + text;
    }
}
