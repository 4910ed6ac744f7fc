package io.switchboard.rag.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentServiceTest {

    @Test
    void uploadedFileNamesBecomeLabelsNeverPaths() {
        assertThat(DocumentService.displayName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(DocumentService.displayName("C:\\Users\\eve\\report.pdf")).isEqualTo("report.pdf");
        assertThat(DocumentService.displayName("notes\u0000\n.md")).isEqualTo("notes.md");
        assertThat(DocumentService.displayName("..")).isEqualTo("document");
        assertThat(DocumentService.displayName(null)).isEqualTo("document");
        assertThat(DocumentService.displayName("x".repeat(300) + ".txt")).hasSize(255).endsWith(".txt");
    }

    @Test
    void contentIsIdentifiedBySha256() {
        assertThat(DocumentService.sha256("abc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
