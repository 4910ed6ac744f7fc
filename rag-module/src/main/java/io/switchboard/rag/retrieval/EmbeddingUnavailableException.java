package io.switchboard.rag.retrieval;

/** The query could not be embedded: the collection's (remote) embedding model failed. */
public class EmbeddingUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmbeddingUnavailableException(Throwable cause) {
        super("The query could not be embedded", cause);
    }
}
