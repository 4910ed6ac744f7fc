package io.switchboard.rag.knowledge;

import io.switchboard.api.knowledge.DocumentStatus;
import io.switchboard.api.knowledge.DocumentView;
import io.switchboard.rag.parse.DocumentFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores the checked files of one upload in one transaction. */
@ApplicationScoped
public class DocumentWrites {

    /** A file that passed the checks. */
    public record Checked(String name, DocumentFormat format, String sha256, byte[] content) {
    }

    @Inject
    KnowledgeStore store;

    @Transactional
    public List<DocumentView> store(String collectionId, List<Checked> files) {
        List<DocumentView> views = new ArrayList<>();
        for (Checked file : files) {
            Optional<DocumentRecord> same = store.documentBySha(collectionId, file.sha256());
            if (same.isPresent()) {
                views.add(DocumentService.view(same.get(), true));
                continue;
            }
            OffsetDateTime now = KnowledgeStore.now();
            Optional<DocumentRecord> named = store.documentByName(collectionId, file.name());
            DocumentRecord record = new DocumentRecord(named.map(DocumentRecord::id).orElse(UUID.randomUUID().toString()),
                    collectionId, file.name(), file.format().name(), file.format().mediaType(), file.content().length,
                    file.sha256(), DocumentStatus.PENDING, null, 0, named.map(DocumentRecord::createdAt).orElse(now), now);
            if (named.isPresent()) {
                store.replaceDocumentContent(record, file.content());
            } else {
                store.insertDocument(record, file.content());
            }
            views.add(DocumentService.view(record, false));
        }
        return views;
    }
}
