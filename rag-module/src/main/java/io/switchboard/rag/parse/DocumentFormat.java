package io.switchboard.rag.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The document formats a collection accepts, known by file extension and media type. */
public enum DocumentFormat {
    TEXT("text/plain", "txt", "text"),
    MARKDOWN("text/markdown", "md", "markdown"),
    HTML("text/html", "html", "htm"),
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final String mediaType;
    private final List<String> extensions;

    DocumentFormat(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The format of a file: by its name's extension first (browsers and curl often send
     * {@code application/octet-stream}), else by the declared media type. Empty when neither is supported.
     */
    public static Optional<DocumentFormat> detect(String fileName, String mediaType) {
        String extension = extensionOf(fileName);
        Optional<DocumentFormat> byName = Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
        if (byName.isPresent()) {
            return byName;
        }
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(type)).findFirst();
    }

    private static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Every accepted extension, for error messages. */
    public static String accepted() {
        return String.join(", ", Arrays.stream(values()).flatMap(f -> f.extensions.stream().limit(1)).toList());
    }
}
