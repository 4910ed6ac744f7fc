package io.switchboard.api.client;

/** One file to upload: its name (never used as a path by the server), media type (null: by its name) and bytes. */
public record FileUpload(String name, String mediaType, byte[] content) {
}
