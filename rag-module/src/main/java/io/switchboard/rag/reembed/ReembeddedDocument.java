package io.switchboard.rag.reembed;

import io.switchboard.rag.knowledge.StoredEmbedding;
import java.util.List;

/**
 * A document's chunks embedded again with {@code target}: the texts as they were read (to tell whether the
 * document changed before the vectors are stored) and one vector per chunk, in chunk order.
 */
public record ReembeddedDocument(String collectionId, String documentId, StoredEmbedding target, List<String> texts,
                                 List<float[]> vectors) {
}
