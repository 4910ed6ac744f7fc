package io.switchboard.console.knowledge;

import io.switchboard.api.knowledge.CollectionView;
import io.switchboard.api.knowledge.DocumentView;
import io.switchboard.api.knowledge.Passage;
import io.switchboard.console.widgets.Cells;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;


/** Collections on the left; documents, upload with progress, and the query panel on the right. */
public final class KnowledgeView extends SplitPane {

    public KnowledgeView(KnowledgeViewModel model, boolean canUpload, FilePicker picker) {
        setId("knowledge");
        ListView<CollectionView> collections = new ListView<>(model.collections());
        collections.setId("collections");
        collections.setCellFactory(Cells.text(c ->
                c.name() + " (" + c.documentCount() + " docs, " + c.chunkCount() + " chunks)"));
        collections.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (model.selectedProperty().get() == null
                    || !now.id().equals(model.selectedProperty().get().id()))) {
                model.selectedProperty().set(now);
            }
        });
        TextField name = new TextField();
        name.setId("collection-name");
        name.setPromptText("new collection");
        Button create = new Button("Create");
        create.setId("create-collection");
        create.setDisable(!canUpload);
        create.setOnAction(e -> {
            model.create(name.getText());
            name.clear();
        });
        VBox left = new VBox(6, new HBox(6, name, create), collections);
        VBox.setVgrow(collections, Priority.ALWAYS);
        left.setPadding(new Insets(8));

        TableView<DocumentView> documents = new TableView<>(model.documents());
        documents.setId("documents");
        documents.getColumns().add(Cells.column("Name", DocumentView::name));
        documents.getColumns().add(Cells.column("Status", d -> d.status() + (d.error() == null ? "" : ": " + d.error())));
        documents.getColumns().add(Cells.column("Chunks", d -> Integer.toString(d.chunkCount())));
        documents.getColumns().add(Cells.column("Size", d -> d.sizeBytes() < 1024 ? d.sizeBytes() + " B"
                : d.sizeBytes() < 1024 * 1024 ? d.sizeBytes() / 1024 + " KB" : d.sizeBytes() / (1024 * 1024) + " MB"));
        documents.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        documents.setPrefHeight(220);

        Button upload = new Button("Upload files…");
        upload.setId("upload");
        upload.setDisable(!canUpload);
        upload.setOnAction(e -> model.upload(picker.pick(getScene().getWindow())));
        ProgressBar progress = new ProgressBar();
        progress.setId("ingestion-progress");
        progress.setPrefWidth(260);
        progress.progressProperty().bind(model.progressProperty());
        Label progressText = new Label();
        progressText.setId("ingestion-text");
        progressText.textProperty().bind(model.progressTextProperty());

        TextField question = new TextField();
        question.setId("query");
        question.setPromptText("Ask the collection …");
        question.textProperty().bindBidirectional(model.queryProperty());
        question.setOnAction(e -> model.runQuery());
        HBox.setHgrow(question, Priority.ALWAYS);
        ComboBox<String> mode = new ComboBox<>();
        mode.getItems().addAll("hybrid", "vector", "keyword");
        mode.valueProperty().bindBidirectional(model.modeProperty());
        Button search = new Button("Search");
        search.setId("search");
        search.setOnAction(e -> model.runQuery());
        ListView<Passage> passages = new ListView<>(model.passages());
        passages.setId("passages");
        passages.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Passage p, boolean empty) {
                super.updateItem(p, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || p == null ? null : KnowledgeViewModel.citation(p) + "\n" + p.text());
            }
        });
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());

        VBox right = new VBox(8, new ToolBar(upload, progress, progressText), documents,
                new HBox(6, question, mode, search), passages, message);
        VBox.setVgrow(passages, Priority.ALWAYS);
        right.setPadding(new Insets(8));
        getItems().addAll(left, right);
        setDividerPositions(0.28);
    }

}
