package io.switchboard.console.knowledge;

import io.switchboard.api.client.FileUpload;
import io.switchboard.api.client.KnowledgeApi;
import io.switchboard.api.knowledge.CollectionView;
import io.switchboard.api.knowledge.CreateCollectionRequest;
import io.switchboard.api.knowledge.DocumentView;
import io.switchboard.api.knowledge.IngestionProgress;
import io.switchboard.api.knowledge.Passage;
import io.switchboard.api.knowledge.QueryRequest;
import io.switchboard.console.concurrent.BackgroundTasks;
import io.switchboard.console.concurrent.Failures;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Collections, documents, uploads and queries. After an upload it follows the collection's ingestion events:
 * {@link #progressProperty()} goes from 0 to 1 (documents done of total; -1 while nothing is known yet) and
 * {@link #progressTextProperty()} says documents, chunks, rate and time left; at the end the documents and
 * counts are fetched again.
 */
public final class KnowledgeViewModel {

    private final KnowledgeApi api;
    private final BackgroundTasks tasks;

    private final ObservableList<CollectionView> collections = FXCollections.observableArrayList();
    private final ObjectProperty<CollectionView> selected = new SimpleObjectProperty<>();
    private final ObservableList<DocumentView> documents = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty mode = new SimpleStringProperty("hybrid");
    private final ObservableList<Passage> passages = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private AutoCloseable following;

    public KnowledgeViewModel(KnowledgeApi api, BackgroundTasks tasks) {
        this.api = api;
        this.tasks = tasks;
        selected.addListener((o, was, now) -> {
            stopFollowing();
            passages.clear();
            progress.set(0);
            progressText.set("");
            if (now != null) {
                loadDocuments(now.id());
            } else {
                documents.clear();
            }
        });
    }

    public void refresh() {
        tasks.run(api::collections, collections::setAll, this::failed);
    }

    public void create(String name) {
        if (name == null || name.isBlank()) {
            message.set("Give the collection a name.");
            return;
        }
        tasks.run(() -> api.createCollection(new CreateCollectionRequest(name.strip(), null, null, null, null)), created -> {
            collections.add(created);
            selected.set(created);
            message.set("Created collection '" + created.name() + "'.");
        }, this::failed);
    }

    /** Uploads files to the selected collection (read in the background) and follows their ingestion. */
    public void upload(List<Path> files) {
        CollectionView collection = selected.get();
        if (collection == null) {
            message.set("Select a collection first.");
            return;
        }
        if (files.isEmpty()) {
            return;
        }
        progress.set(-1);
        progressText.set("Uploading " + files.size() + " file(s) …");
        tasks.run(() -> api.upload(collection.id(), read(files)), stored -> {
            long duplicates = stored.stream().filter(DocumentView::duplicate).count();
            message.set("Uploaded " + stored.size() + " file(s)" + (duplicates == 0 ? "" : ", " + duplicates
                    + " already in the collection") + "; ingesting …");
            loadDocuments(collection.id());
            follow(collection.id());
        }, failure -> {
            progress.set(0);
            progressText.set("");
            failed(failure);
        });
    }

    private void follow(String collectionId) {
        stopFollowing();
        following = api.followIngestion(collectionId, p -> tasks.onUi(() -> show(collectionId, p)),
                failure -> tasks.onUi(() -> ended(collectionId, failure)));
    }

    void show(String collectionId, IngestionProgress p) {
        if (selected.get() == null || !selected.get().id().equals(collectionId)) {
            return;
        }
        progress.set(p.documentsTotal() == 0 ? 1 : (double) p.documentsDone() / p.documentsTotal());
        StringBuilder text = new StringBuilder().append(p.documentsDone()).append(" of ").append(p.documentsTotal())
                .append(" document(s), ").append(p.chunksDone());
        if (p.chunksTotal() != null && p.documentsDone() < p.documentsTotal()) {
            text.append(" of about ").append(p.chunksTotal());
        }
        text.append(" chunk(s)");
        if (p.documentsFailed() > 0) {
            text.append(", ").append(p.documentsFailed()).append(" failed");
        }
        if (p.chunksPerSecond() != null && p.chunksPerSecond() > 0) {
            text.append(String.format(Locale.ROOT, ", %.1f chunks/s", p.chunksPerSecond()));
        }
        if (p.etaSeconds() != null && p.documentsDone() < p.documentsTotal()) {
            text.append(", about ").append(p.etaSeconds()).append(" s left");
        }
        progressText.set(text.toString());
    }

    private void ended(String collectionId, Throwable failure) {
        following = null;
        if (failure != null) {
            message.set("Lost the ingestion progress: " + Failures.describe(failure));
        }
        if (selected.get() != null && selected.get().id().equals(collectionId)) {
            loadDocuments(collectionId);
            refresh();
        }
    }

    public void runQuery() {
        CollectionView collection = selected.get();
        if (collection == null || query.get() == null || query.get().isBlank()) {
            message.set("Select a collection and type a question.");
            return;
        }
        String text = query.get().strip();
        String how = mode.get();
        tasks.run(() -> api.query(collection.id(), new QueryRequest(text, 10, how, null)), result -> {
            passages.setAll(result.passages());
            message.set(result.passages().size() + " passage(s), " + result.mode());
        }, this::failed);
    }

    private void loadDocuments(String collectionId) {
        tasks.run(() -> api.documents(collectionId), list -> {
            if (selected.get() != null && selected.get().id().equals(collectionId)) {
                documents.setAll(list);
            }
        }, this::failed);
    }

    public void stopFollowing() {
        AutoCloseable open = following;
        following = null;
        if (open != null) {
            try {
                open.close();
            } catch (Exception ignored) {
                // gone either way
            }
        }
    }

    private static List<FileUpload> read(List<Path> files) throws IOException {
        List<FileUpload> uploads = new java.util.ArrayList<>();
        for (Path file : files) {
            uploads.add(new FileUpload(file.getFileName().toString(), null, Files.readAllBytes(file)));
        }
        return uploads;
    }

    /** How a passage is cited: document, chunk, character offsets and score. */
    public static String citation(Passage p) {
        return String.format(Locale.ROOT, "%s · chunk %d · chars %d–%d · score %.3f", p.documentName(), p.chunkIndex(),
                p.start(), p.end(), p.score());
    }

    private void failed(Throwable failure) {
        message.set(Failures.describe(failure));
    }

    public ObservableList<CollectionView> collections() {
        return collections;
    }

    public ObjectProperty<CollectionView> selectedProperty() {
        return selected;
    }

    public ObservableList<DocumentView> documents() {
        return documents;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty modeProperty() {
        return mode;
    }

    public ObservableList<Passage> passages() {
        return passages;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
