package io.switchboard.rag.knowledge;

import io.switchboard.api.knowledge.DocumentStatus;
import io.switchboard.api.knowledge.DocumentView;
import io.switchboard.api.problem.ErrorKind;
import io.switchboard.api.problem.PlatformException;
import io.switchboard.rag.ingest.IngestionJobs;
import io.switchboard.rag.parse.DocumentFormat;
import io.switchboard.rag.search.CollectionIndexes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Documents of a collection. An upload is checked whole first (every file's format and size), then stored
 * in one transaction, then the collection's ingestion job is started: a bad file in a batch rejects the
 * batch and stores nothing. Content already in the collection (same SHA-256) is not stored or indexed
 * again; a file with the name of an existing document replaces that document's content and chunks.
 */
@ApplicationScoped
public class DocumentService {

    @Inject
    KnowledgeStore store;

    @Inject
    DocumentWrites writes;

    @Inject
    CollectionService collections;

    @Inject
    UploadLimits limits;

    @Inject
    IngestionJobs ingestion;

    @Inject
    CollectionIndexes indexes;

    public List<DocumentView> upload(String collectionId, List<Upload> uploads) {
        collections.record(collectionId);
        if (uploads.isEmpty()) {
            throw PlatformException.invalid("no-files", "The upload holds no file: send multipart/form-data with one "
                    + "or more 'file' parts");
        }
        if (uploads.size() > limits.maxFilesPerUpload()) {
            throw PlatformException.invalid("too-many-files", "At most " + limits.maxFilesPerUpload()
                    + " files per upload, not " + uploads.size());
        }
        List<DocumentWrites.Checked> checked = uploads.stream().map(this::check).toList();
        List<DocumentView> stored = writes.store(collectionId, checked);
        if (stored.stream().anyMatch(d -> !d.duplicate() && DocumentStatus.PENDING.equals(d.status()))) {
            ingestion.ensureRunning(collectionId);
        }
        return stored;
    }

    public List<DocumentView> list(String collectionId) {
        collections.record(collectionId);
        return store.documents(collectionId).stream().map(d -> view(d, false)).toList();
    }

    public DocumentView get(String collectionId, String documentId) {
        return view(record(collectionId, documentId), false);
    }

    public void delete(String collectionId, String documentId) {
        record(collectionId, documentId);
        store.deleteDocument(collectionId, documentId);
        indexes.deleteDocument(collectionId, documentId);
    }

    private DocumentRecord record(String collectionId, String documentId) {
        collections.record(collectionId);
        return store.document(collectionId, documentId).orElseThrow(() -> PlatformException.notFound(
                "document-not-found", "No document with id '" + documentId + "' in collection '" + collectionId + "'"));
    }

    private DocumentWrites.Checked check(Upload upload) {
        String name = displayName(upload.fileName());
        DocumentFormat format = DocumentFormat.detect(name, upload.mediaType()).orElseThrow(() -> new PlatformException(
                ErrorKind.UNSUPPORTED_MEDIA_TYPE, "unsupported-document-type", "'" + name + "' ("
                + (upload.mediaType() == null ? "no media type" : upload.mediaType()) + ") is not a supported document; "
                + "accepted: " + DocumentFormat.accepted()));
        if (upload.content().length > limits.maxDocumentBytes()) {
            throw tooLarge(name, limits.maxDocumentBytes());
        }
        if (upload.content().length == 0) {
            throw PlatformException.invalid("empty-document", "'" + name + "' is empty");
        }
        return new DocumentWrites.Checked(name, format, sha256(upload.content()), upload.content());
    }

    public static PlatformException tooLarge(String name, long limit) {
        return new PlatformException(ErrorKind.TOO_LARGE, "document-too-large", "'" + name + "' is larger than the "
                + "limit of " + limit + " bytes (switchboard.rag.max-document-bytes)");
    }

    /** The last segment of the client's file name, without control characters: a label, never a path. */
    static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "document";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static DocumentView view(DocumentRecord d, boolean duplicate) {
        return new DocumentView(d.id(), d.collectionId(), d.name(), d.mediaType(), d.sizeBytes(), d.sha256(), d.status(),
                d.error(), d.chunkCount(), duplicate, d.createdAt().toInstant(), d.updatedAt().toInstant());
    }
}
