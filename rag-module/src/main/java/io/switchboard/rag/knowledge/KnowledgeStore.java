package io.switchboard.rag.knowledge;

import io.switchboard.api.knowledge.DocumentStatus;
import io.switchboard.core.jdbc.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Plain JDBC over the rag tables. Methods join the caller's transaction when there is one (the container's
 * data source enlists the connection), so a batch chunk or a {@code @Transactional} service commits or rolls
 * back everything it wrote here together.
 */
@ApplicationScoped
public class KnowledgeStore {

    private static final String COLLECTION_COLUMNS = "c.id, c.name, c.description, c.chunk_max_tokens, "
            + "c.chunk_overlap_tokens, c.embedding_model, c.ingest_execution_id, c.created_at, c.updated_at, "
            + "c.embedding_settings, c.embedding_generation, c.reembed_settings, c.reembed_execution_id";
    private static final String DOCUMENT_COLUMNS = "id, collection_id, name, format, media_type, size_bytes, sha256, "
            + "status, error, chunk_count, created_at, updated_at";

    @jakarta.inject.Inject
    @io.switchboard.core.jdbc.Platform
    DataSource dataSource;

    private volatile Jdbc jdbc;

    // ---- collections ----

    public void insertCollection(CollectionRecord c) {
        update("INSERT INTO rag_collections (id, name, description, chunk_max_tokens, chunk_overlap_tokens, "
                        + "embedding_model, created_at, updated_at, embedding_settings, embedding_generation) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                c.id(), c.name(), c.description(), c.chunkMaxTokens(), c.chunkOverlapTokens(), c.embeddingModel(),
                c.createdAt(), c.updatedAt(), c.embedding().toJson());
    }

    // ---- embedding model changes ----

    /**
     * Starts moving the collection to {@code target} (no job yet), if it is still on {@code generation} and moves
     * nowhere: false when another change came first.
     */
    public boolean startReembedding(String collectionId, int generation, StoredEmbedding target) {
        return update("UPDATE rag_collections SET reembed_settings = ?, reembed_execution_id = NULL, updated_at = ? "
                + "WHERE id = ? AND embedding_generation = ? AND reembed_settings IS NULL", target.toJson(), now(),
                collectionId, generation) > 0;
    }

    /** New settings (a key, a timeout) for the model a re-embedding moves to; the vectors made so far stay. */
    public boolean updateReembedTarget(String collectionId, int generation, StoredEmbedding target) {
        return update("UPDATE rag_collections SET reembed_settings = ?, updated_at = ? WHERE id = ? "
                + "AND embedding_generation = ? AND reembed_settings IS NOT NULL", target.toJson(), now(), collectionId,
                generation) > 0;
    }

    /** Stops moving the collection to another model, if it is still on {@code generation}; drops the new vectors. */
    public boolean cancelReembedding(String collectionId, int generation) {
        boolean cancelled = update("UPDATE rag_collections SET reembed_settings = NULL, updated_at = ? WHERE id = ? "
                + "AND embedding_generation = ?", now(), collectionId, generation) > 0;
        if (cancelled) {
            update("DELETE FROM rag_chunk_reembeddings WHERE collection_id = ?", collectionId);
        }
        return cancelled;
    }

    public void setReembedExecution(String collectionId, long executionId) {
        update("UPDATE rag_collections SET reembed_execution_id = ? WHERE id = ?", executionId, collectionId);
    }

    /** Collections moving to another embedding model. */
    public List<String> collectionsBeingReembedded() {
        return query("SELECT id FROM rag_collections WHERE reembed_settings IS NOT NULL ORDER BY id", rs -> rs.getString(1));
    }

    /** The next indexed document of the collection (by id, after {@code afterId}) whose chunks have no new vectors. */
    public Optional<String> nextDocumentToReembed(String collectionId, String afterId) {
        return query("SELECT d.id FROM rag_documents d WHERE d.collection_id = ? AND d.status = ? AND d.chunk_count > 0 "
                        + "AND d.id > ? AND NOT EXISTS (SELECT 1 FROM rag_chunk_reembeddings r WHERE r.document_id = d.id) "
                        + "ORDER BY d.id FETCH FIRST 1 ROWS ONLY", rs -> rs.getString(1), collectionId,
                DocumentStatus.INDEXED, afterId).stream().findFirst();
    }

    /** The text each chunk of a document is embedded from (its context line, then its text), in chunk order. */
    public List<String> embeddedTexts(String documentId) {
        return query("SELECT context, text FROM rag_chunks WHERE document_id = ? ORDER BY chunk_index",
                rs -> rs.getString(1).isEmpty() ? rs.getString(2) : rs.getString(1) + "\n" + rs.getString(2), documentId);
    }

    /** Stores a document's new vectors (one per chunk, in chunk order), replacing any it had. */
    public void insertReembeddings(String collectionId, String documentId, List<float[]> vectors) {
        update("DELETE FROM rag_chunk_reembeddings WHERE document_id = ?", documentId);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO rag_chunk_reembeddings (document_id, "
                     + "chunk_index, collection_id, embedding) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < vectors.size(); i++) {
                insert.setString(1, documentId);
                insert.setInt(2, i);
                insert.setString(3, collectionId);
                insert.setBytes(4, toBytes(vectors.get(i)));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the new vectors of document " + documentId + ": "
                    + e.getMessage(), e);
        }
    }

    /** Chunks of the collection that have their new vector, and all its chunks. */
    public int[] reembedProgress(String collectionId) {
        return query("SELECT (SELECT COUNT(*) FROM rag_chunk_reembeddings WHERE collection_id = ?), "
                        + "(SELECT COUNT(*) FROM rag_chunks WHERE collection_id = ?)",
                rs -> new int[] {rs.getInt(1), rs.getInt(2)}, collectionId, collectionId).get(0);
    }

    /**
     * Locks the collection row for the caller's transaction, if its embedding generation is still {@code generation}:
     * false when the model changed since. Ingestion and the model switch both take this lock, so no document is
     * stored with vectors of a model the collection no longer uses.
     */
    public boolean lockGeneration(String collectionId, int generation) {
        return update("UPDATE rag_collections SET embedding_generation = embedding_generation WHERE id = ? "
                + "AND embedding_generation = ?", collectionId, generation) > 0;
    }

    /** Locks the collection row for the caller's transaction; false when the collection is gone. */
    public boolean lockCollection(String collectionId) {
        return update("UPDATE rag_collections SET embedding_generation = embedding_generation WHERE id = ?",
                collectionId) > 0;
    }

    /** New settings of the same model (a new key, a timeout), if the collection is still on {@code generation}. */
    public boolean updateEmbeddingSettings(String collectionId, int generation, StoredEmbedding embedding) {
        return update("UPDATE rag_collections SET embedding_settings = ?, updated_at = ? WHERE id = ? "
                + "AND embedding_generation = ?", embedding.toJson(), now(), collectionId, generation) > 0;
    }

    /** The new vectors of chunks that have one, copied over the old ones (the caller holds the collection lock). */
    public int copyReembeddings(String collectionId) {
        return update("UPDATE rag_chunks SET embedding = (SELECT r.embedding FROM rag_chunk_reembeddings r "
                + "WHERE r.document_id = rag_chunks.document_id AND r.chunk_index = rag_chunks.chunk_index) "
                + "WHERE collection_id = ? AND EXISTS (SELECT 1 FROM rag_chunk_reembeddings r WHERE r.document_id = "
                + "rag_chunks.document_id AND r.chunk_index = rag_chunks.chunk_index)", collectionId);
    }

    /** Documents with chunks but without (all) their new vectors: stored while the re-embedding ran. */
    public List<String> documentsMissingReembeddings(String collectionId) {
        return query("SELECT DISTINCT k.document_id FROM rag_chunks k WHERE k.collection_id = ? AND NOT EXISTS "
                + "(SELECT 1 FROM rag_chunk_reembeddings r WHERE r.document_id = k.document_id "
                + "AND r.chunk_index = k.chunk_index) ORDER BY k.document_id", rs -> rs.getString(1), collectionId);
    }

    /** Makes the target the collection's model, one generation on, and forgets the re-embedding. */
    public void completeReembedding(String collectionId, StoredEmbedding target) {
        update("UPDATE rag_collections SET embedding_settings = ?, embedding_model = ?, "
                        + "embedding_generation = embedding_generation + 1, reembed_settings = NULL, updated_at = ? "
                        + "WHERE id = ?", target.toJson(), target.model(), now(), collectionId);
        update("DELETE FROM rag_chunk_reembeddings WHERE collection_id = ?", collectionId);
    }

    public List<CollectionRecord> collections() {
        return query("SELECT " + COLLECTION_COLUMNS + " FROM rag_collections c ORDER BY c.name", KnowledgeStore::collection);
    }

    public Optional<CollectionRecord> collection(String id) {
        return query("SELECT " + COLLECTION_COLUMNS + " FROM rag_collections c WHERE c.id = ?", KnowledgeStore::collection,
                id).stream().findFirst();
    }

    public Optional<CollectionRecord> collectionByName(String name) {
        return query("SELECT " + COLLECTION_COLUMNS + " FROM rag_collections c WHERE c.name = ?",
                KnowledgeStore::collection, name).stream().findFirst();
    }

    public boolean deleteCollection(String id) {
        return update("DELETE FROM rag_collections WHERE id = ?", id) > 0;
    }

    public void setIngestExecution(String collectionId, long executionId) {
        update("UPDATE rag_collections SET ingest_execution_id = ? WHERE id = ?", executionId, collectionId);
    }

    /** Collections that have documents waiting for ingestion. */
    public List<String> collectionsWithPendingDocuments() {
        return query("SELECT DISTINCT collection_id FROM rag_documents WHERE status = ?", rs -> rs.getString(1),
                DocumentStatus.PENDING);
    }

    // ---- documents ----

    public void insertDocument(DocumentRecord d, byte[] content) {
        update("INSERT INTO rag_documents (id, collection_id, name, format, media_type, size_bytes, sha256, status, "
                        + "chunk_count, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
                d.id(), d.collectionId(), d.name(), d.format(), d.mediaType(), d.sizeBytes(), d.sha256(), d.status(),
                content, d.createdAt(), d.updatedAt());
    }

    /** New content for an existing document: pending again, its chunks replaced when it is ingested. */
    public void replaceDocumentContent(DocumentRecord d, byte[] content) {
        update("UPDATE rag_documents SET format = ?, media_type = ?, size_bytes = ?, sha256 = ?, status = ?, error = NULL, "
                        + "content = ?, extracted_text = NULL, updated_at = ? WHERE id = ?",
                d.format(), d.mediaType(), d.sizeBytes(), d.sha256(), DocumentStatus.PENDING, content, d.updatedAt(), d.id());
    }

    public List<DocumentRecord> documents(String collectionId) {
        return query("SELECT " + DOCUMENT_COLUMNS + " FROM rag_documents WHERE collection_id = ? ORDER BY created_at, id",
                KnowledgeStore::document, collectionId);
    }

    public Optional<DocumentRecord> document(String collectionId, String documentId) {
        return query("SELECT " + DOCUMENT_COLUMNS + " FROM rag_documents WHERE collection_id = ? AND id = ?",
                KnowledgeStore::document, collectionId, documentId).stream().findFirst();
    }

    public Optional<DocumentRecord> documentBySha(String collectionId, String sha256) {
        return query("SELECT " + DOCUMENT_COLUMNS + " FROM rag_documents WHERE collection_id = ? AND sha256 = ?",
                KnowledgeStore::document, collectionId, sha256).stream().findFirst();
    }

    public Optional<DocumentRecord> documentByName(String collectionId, String name) {
        return query("SELECT " + DOCUMENT_COLUMNS + " FROM rag_documents WHERE collection_id = ? AND name = ? "
                + "ORDER BY created_at, id", KnowledgeStore::document, collectionId, name).stream().findFirst();
    }

    public boolean deleteDocument(String collectionId, String documentId) {
        return update("DELETE FROM rag_documents WHERE collection_id = ? AND id = ?", collectionId, documentId) > 0;
    }

    /** The oldest pending document of a collection. */
    public Optional<PendingDocument> nextPending(String collectionId) {
        return query("SELECT id, collection_id, name, format, sha256, content FROM rag_documents WHERE collection_id = ? "
                        + "AND status = ? ORDER BY created_at, id FETCH FIRST 1 ROWS ONLY",
                rs -> new PendingDocument(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBytes(6)),
                collectionId, DocumentStatus.PENDING).stream().findFirst();
    }

    /**
     * Marks a document indexed and replaces its chunks, in the caller's transaction, unless it changed (new
     * content uploaded) or went away since it was read, or the collection's embedding model changed since it was
     * embedded: then nothing is written and this returns false (the document stays pending).
     */
    public boolean replaceChunks(PendingDocument document, String extractedText, List<StoredChunk> chunks,
                                 int embeddingGeneration) {
        if (!lockGeneration(document.collectionId(), embeddingGeneration)) {
            return false; // embedded with a model the collection no longer uses: still pending, embedded again
        }
        update("DELETE FROM rag_chunk_reembeddings WHERE document_id = ?", document.id());
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement mark = connection.prepareStatement("UPDATE rag_documents SET status = ?, error = NULL, "
                    + "chunk_count = ?, extracted_text = ?, updated_at = ? WHERE id = ? AND sha256 = ? AND status = ?")) {
                mark.setString(1, DocumentStatus.INDEXED);
                mark.setInt(2, chunks.size());
                mark.setString(3, extractedText);
                mark.setObject(4, now());
                mark.setString(5, document.id());
                mark.setString(6, document.sha256());
                mark.setString(7, DocumentStatus.PENDING);
                if (mark.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM rag_chunks WHERE document_id = ?")) {
                delete.setString(1, document.id());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO rag_chunks (document_id, chunk_index, "
                    + "collection_id, start_offset, end_offset, text, context, embedding) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (StoredChunk chunk : chunks) {
                    insert.setString(1, document.id());
                    insert.setInt(2, chunk.chunkIndex());
                    insert.setString(3, document.collectionId());
                    insert.setInt(4, chunk.start());
                    insert.setInt(5, chunk.end());
                    insert.setString(6, chunk.text());
                    insert.setString(7, chunk.context());
                    insert.setBytes(8, toBytes(chunk.embedding()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the chunks of document " + document.id() + ": " + e.getMessage(), e);
        }
    }

    /** Marks a document failed with the reason, unless it changed since it was read. */
    public void markFailed(PendingDocument document, String error) {
        String reason = error.length() > 2000 ? error.substring(0, 1997) + "..." : error;
        if (update("UPDATE rag_documents SET status = ?, error = ?, chunk_count = 0, updated_at = ? WHERE id = ? "
                + "AND sha256 = ? AND status = ?", DocumentStatus.FAILED, reason, now(), document.id(), document.sha256(),
                DocumentStatus.PENDING) > 0) {
            update("DELETE FROM rag_chunks WHERE document_id = ?", document.id());
            update("DELETE FROM rag_chunk_reembeddings WHERE document_id = ?", document.id());
        }
    }

    public IngestionCounts counts(String collectionId) {
        return query("SELECT "
                        + "(SELECT COUNT(*) FROM rag_documents WHERE collection_id = ? AND status = 'pending'), "
                        + "(SELECT COUNT(*) FROM rag_documents WHERE collection_id = ? AND status = 'indexed'), "
                        + "(SELECT COUNT(*) FROM rag_documents WHERE collection_id = ? AND status = 'failed'), "
                        + "(SELECT COUNT(*) FROM rag_chunks WHERE collection_id = ?)",
                rs -> new IngestionCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)),
                collectionId, collectionId, collectionId, collectionId).get(0);
    }

    /** Every chunk of a collection, for rebuilding its search index. */
    public void forEachChunk(String collectionId, Consumer<StoredChunk> consumer) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT k.document_id, d.name, k.chunk_index, "
                     + "k.start_offset, k.end_offset, k.text, k.context, k.embedding FROM rag_chunks k "
                     + "JOIN rag_documents d ON d.id = k.document_id WHERE k.collection_id = ? "
                     + "ORDER BY k.document_id, k.chunk_index")) {
            statement.setString(1, collectionId);
            statement.setFetchSize(500);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(new StoredChunk(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                            rs.getInt(5), rs.getString(6), rs.getString(7), toFloats(rs.getBytes(8))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the chunks of collection " + collectionId + ": " + e.getMessage(), e);
        }
    }

    // ---- helpers ----

    static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] toFloats(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }

    static OffsetDateTime now() {
        return Jdbc.now();
    }

    private static CollectionRecord collection(ResultSet rs) throws SQLException {
        long execution = rs.getLong(7);
        Long ingestExecution = rs.wasNull() ? null : execution;
        long reembedExecution = rs.getLong(13);
        Long reembedExecutionId = rs.wasNull() ? null : reembedExecution;
        return new CollectionRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                rs.getString(6), ingestExecution, rs.getObject(8, OffsetDateTime.class),
                rs.getObject(9, OffsetDateTime.class), StoredEmbedding.fromJson(rs.getString(10)), rs.getInt(11),
                StoredEmbedding.fromJson(rs.getString(12)), reembedExecutionId);
    }

    private static DocumentRecord document(ResultSet rs) throws SQLException {
        return new DocumentRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10),
                rs.getObject(11, OffsetDateTime.class), rs.getObject(12, OffsetDateTime.class));
    }

    private <T> List<T> query(String sql, Jdbc.Row<T> row, Object... parameters) {
        return jdbc().query(sql, row, parameters);
    }

    private int update(String sql, Object... parameters) {
        return jdbc().update(sql, parameters);
    }

    private Jdbc jdbc() {
        Jdbc j = jdbc;
        if (j == null) {
            j = new Jdbc(dataSource, "knowledge store");
            jdbc = j;
        }
        return j;
    }
}
