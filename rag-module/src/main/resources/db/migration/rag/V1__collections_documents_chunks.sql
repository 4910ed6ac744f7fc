-- Knowledge collections. The database is the source of truth: a document's original bytes, its extracted
-- text, its chunks and their embeddings all live here; the Lucene index on each server is derived from it.

CREATE TABLE rag_collections (
    id                    VARCHAR(36)   NOT NULL PRIMARY KEY,
    name                  VARCHAR(100)  NOT NULL,
    description           VARCHAR(2000),
    chunk_max_tokens      INTEGER       NOT NULL,
    chunk_overlap_tokens  INTEGER       NOT NULL,
    embedding_model       VARCHAR(200)  NOT NULL,
    ingest_execution_id   BIGINT,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT rag_collections_name_uq UNIQUE (name)
);

-- status: pending (waiting for the ingestion job), indexed, failed (error says why)
CREATE TABLE rag_documents (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    collection_id  VARCHAR(36)   NOT NULL REFERENCES rag_collections (id) ON DELETE CASCADE,
    name           VARCHAR(255)  NOT NULL,
    format         VARCHAR(20)   NOT NULL,
    media_type     VARCHAR(200)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    error          VARCHAR(2000),
    chunk_count    INTEGER       NOT NULL DEFAULT 0,
    content        BYTEA         NOT NULL,
    extracted_text TEXT,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT rag_documents_content_uq UNIQUE (collection_id, sha256)
);

CREATE INDEX rag_documents_pending_idx ON rag_documents (collection_id, status, created_at);

-- one row per chunk: offsets into the document's extracted_text, the context line (title and headings)
-- prepended for embedding and keyword search, and the embedding as little-endian float32
CREATE TABLE rag_chunks (
    document_id    VARCHAR(36)   NOT NULL REFERENCES rag_documents (id) ON DELETE CASCADE,
    chunk_index    INTEGER       NOT NULL,
    collection_id  VARCHAR(36)   NOT NULL,
    start_offset   INTEGER       NOT NULL,
    end_offset     INTEGER       NOT NULL,
    text           TEXT          NOT NULL,
    context        VARCHAR(2000) NOT NULL,
    embedding      BYTEA         NOT NULL,
    PRIMARY KEY (document_id, chunk_index)
);

CREATE INDEX rag_chunks_collection_idx ON rag_chunks (collection_id);
