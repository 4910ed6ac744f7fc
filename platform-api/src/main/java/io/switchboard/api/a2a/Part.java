package io.switchboard.api.a2a;

import java.util.Map;

/**
 * One piece of message or artifact content. {@code kind} says which field is filled: {@code text},
 * {@code file} or {@code data}.
 */
public record Part(String kind, String text, FileContent file, Map<String, Object> data, Map<String, Object> metadata) {

    public static final String TEXT = "text";
    public static final String FILE = "file";
    public static final String DATA = "data";

    public static Part text(String text) {
        return new Part(TEXT, text, null, null, null);
    }

    public boolean holdsText() {
        return TEXT.equals(kind);
    }

    /** A file, inline as base64 {@code bytes} or by {@code uri}. */
    public record FileContent(String name, String mimeType, String bytes, String uri) {
    }
}
