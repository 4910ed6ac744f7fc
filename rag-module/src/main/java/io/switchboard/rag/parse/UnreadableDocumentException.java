package io.switchboard.rag.parse;

/** A file that claims a supported format but cannot be read as one (corrupt, encrypted, empty). */
public class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public UnreadableDocumentException(String reason) {
        super(reason);
    }
}
