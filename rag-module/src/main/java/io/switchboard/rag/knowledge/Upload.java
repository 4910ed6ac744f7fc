package io.switchboard.rag.knowledge;

/** One uploaded file: its name as the client sent it (shown, never used as a path), media type and bytes. */
public record Upload(String fileName, String mediaType, byte[] content) {
}
