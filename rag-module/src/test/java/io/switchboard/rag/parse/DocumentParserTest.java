package io.switchboard.rag.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DocumentParserTest {

    private final DocumentParser parser = new DocumentParser();

    @Test
    void formatsAreKnownByExtensionThenMediaTypeAndNamesAreNeverPaths() {
        assertThat(DocumentFormat.detect("Report.PDF", "application/octet-stream")).contains(DocumentFormat.PDF);
        assertThat(DocumentFormat.detect("../../etc/notes.md", null)).contains(DocumentFormat.MARKDOWN);
        assertThat(DocumentFormat.detect("C:\\docs\\page.htm", null)).contains(DocumentFormat.HTML);
        assertThat(DocumentFormat.detect("upload", "text/plain; charset=utf-8")).contains(DocumentFormat.TEXT);
        assertThat(DocumentFormat.detect("tool.exe", "application/octet-stream")).isEmpty();
        assertThat(DocumentFormat.accepted()).isEqualTo("txt, md, html, pdf, docx");
    }

    @Test
    void htmlKeepsHeadingsAndBlocksAndDropsScripts() {
        String html = """
                <html><head><title>Guide</title><script>var secret = 1;</script></head>
                <body><nav>Home | About</nav><h1>Setup</h1><p>Install the <b>agent</b>.</p>
                <ul><li>First step</li><li><p>Second step</p></li></ul><h2>Checks</h2><div><p>Run the tests.</p></div>
                </body></html>""";
        String text = parser.parse(DocumentFormat.HTML, html.getBytes(StandardCharsets.UTF_8));
        assertThat(text).isEqualTo("# Setup\n\nInstall the agent.\n\nFirst step\n\nSecond step\n\n## Checks\n\nRun the tests.");
    }

    @Test
    void pdfTextIsExtracted() throws IOException {
        assertThat(parser.parse(DocumentFormat.PDF, pdf("Switchboard routes agent requests."))).contains(
                "Switchboard routes agent requests.");
    }

    @Test
    void docxTextIsExtracted() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Quarterly revenue grew by four percent.");
            document.createParagraph().createRun().setText("Costs stayed flat.");
            document.write(out);
            String text = parser.parse(DocumentFormat.DOCX, out.toByteArray());
            assertThat(text).contains("Quarterly revenue grew by four percent.").contains("Costs stayed flat.");
        }
    }

    @Test
    void corruptOrEmptyFilesAreUnreadableWithAReason() {
        assertThatThrownBy(() -> parser.parse(DocumentFormat.PDF, "not a pdf at all".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageStartingWith("not a readable PDF file");
        assertThatThrownBy(() -> parser.parse(DocumentFormat.DOCX, new byte[] {'P', 'K', 3, 4, 0, 0}))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageStartingWith("not a readable DOCX file");
        assertThatThrownBy(() -> parser.parse(DocumentFormat.TEXT, "  \n ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("no text");
        assertThatThrownBy(() -> parser.parse(DocumentFormat.TEXT, new byte[] {(byte) 0xC3, (byte) 0x28}))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void textIsNormalised() {
        assertThat(parser.parse(DocumentFormat.MARKDOWN, "\uFEFF# Title\r\nline one  \r\nline\u0000two\r\n"
                .getBytes(StandardCharsets.UTF_8))).isEqualTo("# Title\nline one\nline two");
    }

    static byte[] pdf(String line) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
