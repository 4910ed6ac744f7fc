package io.switchboard.rag.index;

/** A passage found by a search, with the score of that search (higher is better; scales differ by mode). */
public record PassageHit(String documentId, String documentName, int chunkIndex, int start, int end, String text,
                         double score) {

    public String id() {
        return documentId + "#" + chunkIndex;
    }

    public PassageHit withScore(double newScore) {
        return new PassageHit(documentId, documentName, chunkIndex, start, end, text, newScore);
    }
}
