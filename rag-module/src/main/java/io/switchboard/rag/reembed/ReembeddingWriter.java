package io.switchboard.rag.reembed;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Stores new vectors in the chunk's transaction, if the collection still moves to the model that made them. */
@Named("reembeddingWriter")
@Dependent
public class ReembeddingWriter extends AbstractItemWriter {

    @Inject
    Reembedder reembedder;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            reembedder.store((ReembeddedDocument) item);
        }
    }
}
