package io.switchboard.rag.parse;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.parser.apache.pdfbox.ApachePdfBoxDocumentParser;
import dev.langchain4j.data.document.parser.apache.poi.ApachePoiDocumentParser;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads a file of a known format into plain text. Headings become Markdown heading lines ({@code ## Title}),
 * paragraphs are separated by a blank line. A file that cannot be read throws
 * {@link UnreadableDocumentException} with a reason fit to show the user.
 */
public class DocumentParser {

    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, pre, blockquote, td, th, dt, dd, figcaption";

    public String parse(DocumentFormat format, byte[] content) {
        String text = switch (format) {
            case TEXT, MARKDOWN -> utf8(content);
            case HTML -> html(utf8(content));
            case PDF -> viaLangChain4j(new ApachePdfBoxDocumentParser(), content, "PDF");
            case DOCX -> viaLangChain4j(new ApachePoiDocumentParser(), content, "DOCX");
        };
        String normalized = normalize(text);
        if (normalized.isBlank()) {
            throw new UnreadableDocumentException("the " + format.name().toLowerCase() + " file contains no text");
        }
        return normalized;
    }

    private static String viaLangChain4j(dev.langchain4j.data.document.DocumentParser parser, byte[] content,
                                         String kind) {
        try {
            Document document = parser.parse(new ByteArrayInputStream(content));
            return document.text();
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root.getClass().getSimpleName().equals("BlankDocumentException")) {
                throw new UnreadableDocumentException("the " + kind + " file contains no text", e);
            }
            throw new UnreadableDocumentException("not a readable " + kind + " file: " + root.getMessage(), e);
        }
    }

    /** Text of the blocks of an HTML page, headings as Markdown headings; scripts, styles and navigation dropped. */
    static String html(String source) {
        org.jsoup.nodes.Document page = Jsoup.parse(source);
        page.select("script, style, noscript, nav, header, footer, template").remove();
        StringBuilder text = new StringBuilder();
        String title = page.title().strip();
        if (!title.isEmpty() && page.selectFirst("h1") == null) {
            text.append("# ").append(title).append("\n\n");
        }
        for (Element block : page.body().select(BLOCKS)) {
            boolean container = block.select(BLOCKS).size() > 1; // select() includes the block itself
            // a container of other blocks contributes only its own text; its children come one by one
            String content = container ? block.ownText().strip()
                    : block.is("pre") ? block.wholeText().strip() : block.text().strip();
            if (content.isEmpty()) {
                continue;
            }
            if (block.normalName().matches("h[1-6]")) {
                text.append("#".repeat(block.normalName().charAt(1) - '0')).append(' ');
            }
            text.append(content).append("\n\n");
        }
        return text.toString();
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException("the file is not UTF-8 text", e);
        }
    }

    /** Unix line ends, no byte-order mark, no NUL or other control characters, no trailing spaces. */
    static String normalize(String text) {
        String unix = text.replace("\r\n", "\n").replace('\r', '\n');
        if (unix.startsWith("\uFEFF")) {
            unix = unix.substring(1);
        }
        return unix.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", " ").replaceAll("[ \\t]+\n", "\n").strip();
    }
}
