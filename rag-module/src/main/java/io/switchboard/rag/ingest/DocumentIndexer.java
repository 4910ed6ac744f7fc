package io.switchboard.rag.ingest;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.switchboard.rag.chunk.Chunk;
import io.switchboard.rag.chunk.ChunkingPolicy;
import io.switchboard.rag.chunk.StructureAwareChunker;
import io.switchboard.rag.index.Passage;
import java.util.ArrayList;
import java.util.List;

/** Chunks and embeds one document into passages for the index. */
public final class DocumentIndexer {

    private final StructureAwareChunker chunker;
    private final EmbeddingModel embeddings;

    public DocumentIndexer(StructureAwareChunker chunker, EmbeddingModel embeddings) {
        this.chunker = chunker;
        this.embeddings = embeddings;
    }

    public List<Chunk> chunk(String text, String title, ChunkingPolicy policy) {
        return chunker.split(text, title, policy);
    }

    /** The passages of a document's chunks, embedded in one batch. */
    public List<Passage> passages(String documentId, String documentName, List<Chunk> chunks) {
        if (chunks.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = chunks.stream().map(c -> TextSegment.from(c.contextualText())).toList();
        List<Embedding> vectors = embeddings.embedAll(segments).content();
        List<Passage> passages = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            passages.add(new Passage(documentId, documentName, chunk.index(), chunk.start(), chunk.end(), chunk.text(),
                    chunk.contextualText(), vectors.get(i).vector()));
        }
        return passages;
    }
}
