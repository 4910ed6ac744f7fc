-- A collection's embedding model (JSON: provider, model, baseUrl, sealed API key and hint, dimension; NULL = the
-- in-process all-MiniLM-L6-v2 every earlier collection uses) and, while a rag-reembed job moves the collection to
-- another model, that model. embedding_generation counts the switches; each generation has its own search index.
ALTER TABLE rag_collections ADD COLUMN embedding_settings TEXT;
ALTER TABLE rag_collections ADD COLUMN embedding_generation INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE rag_collections ADD COLUMN reembed_settings TEXT;
ALTER TABLE rag_collections ADD COLUMN reembed_execution_id BIGINT;

-- the new vectors of a re-embedding, one row per chunk, copied into rag_chunks when every chunk has one
CREATE TABLE rag_chunk_reembeddings (
    document_id    VARCHAR(36)   NOT NULL REFERENCES rag_documents (id) ON DELETE CASCADE,
    chunk_index    INTEGER       NOT NULL,
    collection_id  VARCHAR(36)   NOT NULL,
    embedding      BYTEA         NOT NULL,
    PRIMARY KEY (document_id, chunk_index)
);

CREATE INDEX rag_chunk_reembeddings_collection_idx ON rag_chunk_reembeddings (collection_id);
