package io.switchboard.rag.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How much one upload may carry. */
@ApplicationScoped
public class UploadLimits {

    @Inject
    @ConfigProperty(name = "switchboard.rag.max-document-bytes", defaultValue = "26214400")
    long maxDocumentBytes;

    @Inject
    @ConfigProperty(name = "switchboard.rag.max-files-per-upload", defaultValue = "50")
    int maxFilesPerUpload;

    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    public int maxFilesPerUpload() {
        return maxFilesPerUpload;
    }
}
