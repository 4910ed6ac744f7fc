package io.switchboard.orchestration.a2a.server;

import io.switchboard.api.a2a.A2aException;
import io.switchboard.api.a2a.Message;
import io.switchboard.api.a2a.Part;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Input limits of the A2A endpoints, each a MicroProfile Config property. */
@ApplicationScoped
public class A2aLimits {

    @Inject
    @ConfigProperty(name = "switchboard.a2a.max-request-bytes", defaultValue = "1048576")
    int maxRequestBytes;

    @Inject
    @ConfigProperty(name = "switchboard.a2a.max-parts", defaultValue = "20")
    int maxParts;

    @Inject
    @ConfigProperty(name = "switchboard.a2a.max-text-chars", defaultValue = "100000")
    int maxTextChars;

    @Inject
    @ConfigProperty(name = "switchboard.a2a.max-history", defaultValue = "200")
    int maxHistory;

    public int maxRequestBytes() {
        return maxRequestBytes;
    }

    public int maxHistory() {
        return maxHistory;
    }

    /**
     * Checks an incoming message against the limits and the A2A rules for a client message; file parts only of
     * the types the receiving agent reads.
     */
    void check(Message message, java.util.Set<String> acceptedFileTypes) {
        if (message == null) {
            throw A2aException.invalidParams("'message' is required");
        }
        if (!Message.ROLE_USER.equals(message.role())) {
            throw A2aException.invalidParams("'message.role' must be the user role");
        }
        if (message.messageId() == null || message.messageId().isBlank()) {
            throw A2aException.invalidParams("'message.messageId' is required");
        }
        if (message.parts() == null || message.parts().isEmpty()) {
            throw A2aException.invalidParams("'message.parts' must hold at least one part");
        }
        if (message.parts().size() > maxParts) {
            throw A2aException.invalidParams("a message may hold at most " + maxParts + " parts, this one has "
                    + message.parts().size());
        }
        long chars = 0;
        int files = 0;
        for (Part part : message.parts()) {
            if (part == null || part.kind() == null) {
                throw A2aException.invalidParams("every part needs a kind (text, file or data)");
            }
            switch (part.kind()) {
                case Part.TEXT -> {
                    if (part.text() == null) {
                        throw A2aException.invalidParams("a text part needs 'text'");
                    }
                    chars += part.text().length();
                }
                case Part.DATA -> {
                    if (part.data() == null) {
                        throw A2aException.invalidParams("a data part needs 'data'");
                    }
                }
                case Part.FILE -> {
                    if (part.file() == null) {
                        throw A2aException.invalidParams("a file part needs 'file'");
                    }
                    String type = mediaType(part.file().mimeType());
                    if (type == null || !acceptedFileTypes.contains(type)) {
                        throw new A2aException(io.switchboard.api.a2a.JsonRpc.CONTENT_TYPE_NOT_SUPPORTED,
                                acceptedFileTypes.isEmpty()
                                        ? "This agent accepts text/plain and JSON data parts; file parts are not supported"
                                        : "This agent accepts files of type " + String.join(", ", new java.util.TreeSet<>(
                                                acceptedFileTypes)) + ", not " + type);
                    }
                    if (part.file().bytes() == null && part.file().uri() == null) {
                        throw A2aException.invalidParams("a file part needs 'bytes' or 'uri'");
                    }
                    files++;
                }
                default -> throw A2aException.invalidParams("unknown part kind '" + part.kind() + "'");
            }
        }
        if (chars > maxTextChars) {
            throw A2aException.invalidParams("the message text may be at most " + maxTextChars + " characters, this "
                    + "one has " + chars);
        }
        if (message.joinedText().isBlank() && files == 0
                && message.parts().stream().noneMatch(p -> Part.DATA.equals(p.kind()))) {
            throw A2aException.invalidParams("the message has no text or data content");
        }
    }

    /** The media type without parameters, in lower case ({@code "image/PNG; q=1"} → {@code "image/png"}). */
    static String mediaType(String mimeType) {
        if (mimeType == null) {
            return null;
        }
        int semicolon = mimeType.indexOf(';');
        return (semicolon < 0 ? mimeType : mimeType.substring(0, semicolon)).strip().toLowerCase(java.util.Locale.ROOT);
    }

    void checkHistoryLength(Integer historyLength) {
        if (historyLength != null && (historyLength < 0 || historyLength > maxHistory)) {
            throw A2aException.invalidParams("'historyLength' must be between 0 and " + maxHistory);
        }
    }
}
