package io.switchboard.rag.index;

import java.util.List;

/**
 * A searchable store of one collection's passages. Implementations must make {@link #add} of a document's
 * passages replace any passages the document had, and must be safe for concurrent searches during writes.
 */
public interface PassageIndex extends AutoCloseable {

    /** Adds (or replaces) the passages of the documents they belong to, and makes them searchable. */
    void add(List<Passage> passages);

    void deleteDocument(String documentId);

    /** Best passages for the words of {@code query} (BM25). */
    List<PassageHit> keyword(String query, int k);

    /** Passages nearest to {@code vector} (cosine similarity of unit vectors). */
    List<PassageHit> vector(float[] vector, int k);

    /**
     * The best {@code k} passages by reciprocal rank fusion of the top {@code depth} of both searches. This
     * default runs the two searches; a store may fuse natively or more cheaply.
     */
    default List<PassageHit> hybrid(String query, float[] vector, int k, int depth) {
        return new ReciprocalRankFusion(ReciprocalRankFusion.DEFAULT_K)
                .fuse(k, keyword(query, depth), vector(vector, depth));
    }

    int size();

    /** Removes every passage (before a rebuild from the database). */
    void clear();

    /** Makes the writes so far durable, where the store distinguishes that. */
    void commit();

    @Override
    void close();
}
