package io.switchboard.console.knowledge;

import io.switchboard.api.client.ApiCallException;
import io.switchboard.api.client.FileUpload;
import io.switchboard.api.client.KnowledgeApi;
import io.switchboard.api.knowledge.CollectionView;
import io.switchboard.api.knowledge.CreateCollectionRequest;
import io.switchboard.api.knowledge.DocumentView;
import io.switchboard.api.knowledge.IngestionProgress;
import io.switchboard.api.knowledge.Passage;
import io.switchboard.api.knowledge.QueryRequest;
import io.switchboard.api.knowledge.QueryResult;
import io.switchboard.console.concurrent.SameThreadTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeViewModelTest {

    private final FakeKnowledge api = new FakeKnowledge();
    private final KnowledgeViewModel model = new KnowledgeViewModel(api, new SameThreadTasks());

    @Test
    void anUploadFollowsIngestionUntilItIsDoneAndThenShowsTheDocuments(@TempDir Path dir) throws IOException {
        Path md = Files.writeString(dir.resolve("guide.md"), "# Guide\nRotate keys yearly.");
        model.create("handbook");
        assertThat(model.selectedProperty().get().name()).isEqualTo("handbook");

        model.upload(List.of(md));

        assertThat(api.uploaded).extracting(FileUpload::name).containsExactly("guide.md");
        assertThat(new String(api.uploaded.get(0).content())).contains("Rotate keys");
        assertThat(model.progressProperty().get()).isEqualTo(-1.0); // indeterminate until the first event

        api.progress.accept(new IngestionProgress("c1", 1L, "STARTED", 2, 1, 0, 12, 24, 30.5, 4L));
        assertThat(model.progressProperty().get()).isEqualTo(0.5);
        assertThat(model.progressTextProperty().get()).isEqualTo("1 of 2 document(s), 12 of about 24 chunk(s), 30.5 chunks/s, "
                + "about 4 s left");

        api.state = "indexed";
        api.progress.accept(new IngestionProgress("c1", 1L, "COMPLETED", 2, 2, 0, 20, 20, 31.0, 0L));
        api.end.accept(null);
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.documents()).extracting(DocumentView::status).containsExactly("indexed");
    }

    @Test
    void aRefusedUploadSaysWhyAndClearsTheBar(@TempDir Path dir) throws IOException {
        model.create("handbook");
        api.refuseUpload = new ApiCallException(415, null, "guide.exe is not a supported type");
        model.upload(List.of(Files.writeString(dir.resolve("guide.exe"), "MZ")));
        assertThat(model.messageProperty().get()).isEqualTo("guide.exe is not a supported type");
        assertThat(model.progressProperty().get()).isEqualTo(0.0);
        assertThat(api.progress).isNull();
    }

    @Test
    void queriesShowCitedPassages() {
        model.create("handbook");
        model.queryProperty().set("  rotate keys ");
        model.modeProperty().set("keyword");
        model.runQuery();
        assertThat(api.queries).containsExactly("rotate keys/keyword");
        assertThat(model.passages()).hasSize(1);
        assertThat(KnowledgeViewModel.citation(model.passages().get(0)))
                .isEqualTo("guide.md · chunk 0 · chars 8–27 · score 0.812");
    }

    @Test
    void nothingHappensWithoutACollection() {
        model.upload(List.of(Path.of("x.md")));
        assertThat(model.messageProperty().get()).isEqualTo("Select a collection first.");
        model.create(" ");
        assertThat(api.created).isEmpty();
    }

    private static final class FakeKnowledge implements KnowledgeApi {
        final List<FileUpload> uploaded = new ArrayList<>();
        final List<String> created = new ArrayList<>();
        final List<String> queries = new ArrayList<>();
        Consumer<IngestionProgress> progress;
        Consumer<Throwable> end;
        String state = "pending";
        ApiCallException refuseUpload;

        @Override
        public List<CollectionView> collections() {
            return List.of(collection());
        }

        @Override
        public CollectionView createCollection(CreateCollectionRequest request) {
            created.add(request.name());
            return collection();
        }

        @Override
        public List<DocumentView> documents(String collectionId) {
            return uploaded.isEmpty() ? List.of() : List.of(new DocumentView("d1", "c1", "guide.md", "text/markdown",
                    27, "h", state, null, 1, false, Instant.EPOCH, Instant.EPOCH));
        }

        @Override
        public List<DocumentView> upload(String collectionId, List<FileUpload> files) {
            if (refuseUpload != null) {
                throw refuseUpload;
            }
            uploaded.addAll(files);
            return documents(collectionId);
        }

        @Override
        public IngestionProgress progress(String collectionId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AutoCloseable followIngestion(String collectionId, Consumer<IngestionProgress> onProgress,
                                             Consumer<Throwable> onEnd) {
            progress = onProgress;
            end = onEnd;
            return () -> { };
        }

        @Override
        public QueryResult query(String collectionId, QueryRequest request) {
            queries.add(request.query() + "/" + request.mode());
            return new QueryResult(collectionId, request.query(), request.mode(),
                    List.of(new Passage("d1", "guide.md", 0, 8, 27, "Rotate keys yearly.", 0.8123)));
        }

        private static CollectionView collection() {
            return new CollectionView("c1", "handbook", null, 120, 20, "all-minilm-l6-v2", 0, 0, Instant.EPOCH,
                    Instant.EPOCH, null, null);
        }
    }
}
