package io.switchboard.api.client;

import io.switchboard.api.knowledge.CollectionView;
import io.switchboard.api.knowledge.CreateCollectionRequest;
import io.switchboard.api.knowledge.DocumentView;
import io.switchboard.api.knowledge.IngestionProgress;
import io.switchboard.api.knowledge.QueryRequest;
import io.switchboard.api.knowledge.QueryResult;

import java.util.List;
import java.util.function.Consumer;

/** Knowledge collections, their documents and ingestion, and queries: {@code /api/collections}. */
public interface KnowledgeApi {

    List<CollectionView> collections();

    CollectionView createCollection(CreateCollectionRequest request);

    List<DocumentView> documents(String collectionId);

    /** Uploads files in one multipart request; ingestion then runs in the background. */
    List<DocumentView> upload(String collectionId, List<FileUpload> files);

    IngestionProgress progress(String collectionId);

    /**
     * Streams the collection's ingestion progress (about once a second, server-sent events) to {@code onProgress}
     * from a background thread until every document is done ({@code onEnd} gets null) or the stream fails.
     */
    AutoCloseable followIngestion(String collectionId, Consumer<IngestionProgress> onProgress, Consumer<Throwable> onEnd);

    QueryResult query(String collectionId, QueryRequest request);
}
