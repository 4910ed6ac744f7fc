package io.switchboard.rag.ingest;

import io.switchboard.rag.chunk.Chunk;
import io.switchboard.rag.chunk.ChunkingPolicy;
import io.switchboard.rag.chunk.StructureAwareChunker;
import io.switchboard.rag.embed.MiniLmEmbeddings;
import io.switchboard.rag.index.Passage;
import io.switchboard.rag.knowledge.CollectionEmbeddings;
import io.switchboard.rag.knowledge.CollectionRecord;
import io.switchboard.rag.knowledge.CollectionService;
import io.switchboard.rag.knowledge.PendingDocument;
import io.switchboard.rag.knowledge.StoredChunk;
import io.switchboard.rag.parse.DocumentFormat;
import io.switchboard.rag.parse.DocumentParser;
import io.switchboard.rag.parse.UnreadableDocumentException;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses, chunks and embeds one pending document, with the collection's embedding model (chunks are sized by
 * the in-process model's tokenizer whatever the model: every supported model reads at least that much). A file that cannot be read becomes a failed document with
 * the reason; anything else (the model failing, say) fails the job, which can be restarted.
 */
@Named("documentChunker")
@Dependent
public class DocumentChunker implements ItemProcessor {

    private final DocumentParser parser = new DocumentParser();

    @Inject
    CollectionService collections;

    @Inject
    CollectionEmbeddings embeddings;

    @Override
    public Object processItem(Object item) {
        PendingDocument document = (PendingDocument) item;
        String text;
        try {
            text = parser.parse(DocumentFormat.valueOf(document.format()), document.content());
        } catch (UnreadableDocumentException e) {
            return IngestedDocument.failed(document, e.getMessage());
        }
        CollectionRecord collection = collections.record(document.collectionId());
        ChunkingPolicy policy = new ChunkingPolicy(collection.chunkMaxTokens(), collection.chunkOverlapTokens());
        DocumentIndexer indexer = new DocumentIndexer(new StructureAwareChunker(MiniLmEmbeddings.tokenCounter()),
                embeddings.model(collection));
        List<Chunk> chunks = indexer.chunk(text, titleOf(document.name()), policy);
        List<Passage> passages = indexer.passages(document.id(), document.name(), chunks);
        List<StoredChunk> stored = new ArrayList<>(chunks.size());
        Integer dimension = collection.embedding().dimension();
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            if (dimension != null && passages.get(i).embedding().length != dimension) {
                throw new IllegalStateException(collection.embedding().describe() + " returned a vector of "
                        + passages.get(i).embedding().length + " dimensions for collection " + collection.name()
                        + ", not its " + dimension);
            }
            stored.add(new StoredChunk(document.id(), document.name(), chunk.index(), chunk.start(), chunk.end(),
                    chunk.text(), chunk.context(), passages.get(i).embedding()));
        }
        return new IngestedDocument(document, text, stored, null, collection.embeddingGeneration());
    }

    /** The file name without its extension, as the title that gives every chunk its context. */
    public static String titleOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return (dot > 0 ? fileName.substring(0, dot) : fileName).replace('_', ' ').strip();
    }
}
