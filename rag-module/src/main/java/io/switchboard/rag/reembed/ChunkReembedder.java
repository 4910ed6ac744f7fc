package io.switchboard.rag.reembed;

import io.switchboard.rag.knowledge.CollectionService;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Embeds one document's chunks with the collection's target model (nothing when there is no target any more). */
@Named("chunkReembedder")
@Dependent
public class ChunkReembedder implements ItemProcessor {

    @Inject
    @BatchProperty
    String collectionId;

    @Inject
    CollectionService collections;

    @Inject
    Reembedder reembedder;

    @Override
    public Object processItem(Object item) {
        var collection = collections.record(collectionId);
        return collection.reembedTarget() == null ? null : reembedder.embed(collection, (String) item);
    }
}
