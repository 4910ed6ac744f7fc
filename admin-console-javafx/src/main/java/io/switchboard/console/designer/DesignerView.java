package io.switchboard.console.designer;

import io.switchboard.api.workflow.WorkflowVersionView;
import io.switchboard.api.workflow.WorkflowView;
import io.switchboard.console.widgets.Cells;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The designer screen: toolbar (new, open, versions, save, validate, undo/redo, delete, zoom, import/export,
 * run), the palette, the canvas, the property panel, and the messages and problems below.
 */
public final class DesignerView extends BorderPane {

    private final DesignerViewModel model;

    /** @param onRun called with the saved workflow's id when the user runs it (the runs screen asks for inputs) */
    public DesignerView(DesignerViewModel model, Consumer<String> onRun) {
        this.model = model;
        setId("designer");

        VBox palette = new VBox(4);
        palette.setId("palette");
        palette.getStyleClass().add("palette");
        palette.setPadding(new Insets(10));
        Label paletteTitle = new Label("Palette");
        paletteTitle.getStyleClass().add("heading");
        palette.getChildren().add(paletteTitle);
        NodeKinds.TYPES.forEach(type -> palette.getChildren().add(new PaletteItem(type)));
        Label hint = new Label("Drag a type onto the canvas; drag from a node's right port to another's left port "
                + "to connect. Shift-click or shift-drag selects several. Delete removes the selection.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        palette.getChildren().add(hint);

        WorkflowCanvas canvas = new WorkflowCanvas(model.nodes(), model.edges(), model.selectedNodeProperty(),
                model.selectedEdgeProperty(), model.selection(), model.zoomProperty(), CanvasActions.of(model));

        setTop(toolbar(onRun));
        setLeft(palette);
        setCenter(canvas);
        setRight(new PropertyPanel(model));
        setBottom(status());

        setOnKeyPressed(e -> {
            boolean inText = e.getTarget() instanceof javafx.scene.control.TextInputControl;
            if (!inText && (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)) {
                model.deleteSelected();
                e.consume();
            } else if (KeyCombination.keyCombination("Shortcut+Z").match(e)) {
                model.undo();
                e.consume();
            } else if (KeyCombination.keyCombination("Shortcut+Y").match(e)
                    || KeyCombination.keyCombination("Shortcut+Shift+Z").match(e)) {
                model.redo();
                e.consume();
            }
        });
    }

    private ToolBar toolbar(Consumer<String> onRun) {
        TextField name = new TextField();
        name.setId("workflow-name");
        name.setPrefColumnCount(14);
        name.textProperty().bindBidirectional(model.nameProperty());

        ComboBox<WorkflowView> open = new ComboBox<>(model.workflows());
        open.setId("open-workflow");
        open.setPromptText("Open…");
        open.setCellFactory(v -> workflowCell());
        open.setButtonCell(workflowCell());
        open.setOnShowing(e -> model.refreshWorkflows());
        open.setOnAction(e -> {
            if (open.getValue() != null) {
                model.open(open.getValue().id());
            }
        });

        ComboBox<WorkflowVersionView> versions = new ComboBox<>(model.versions());
        versions.setId("versions");
        versions.setPromptText("Version");
        versions.setCellFactory(v -> versionCell());
        versions.setButtonCell(versionCell());
        versions.disableProperty().bind(model.workflowIdProperty().isNull());
        versions.setOnShowing(e -> model.refreshVersions());
        versions.setOnAction(e -> {
            if (versions.getValue() != null && versions.getValue().version() != model.versionProperty().get()) {
                model.loadVersion(versions.getValue().version());
            }
        });

        Button newOne = button("New", "new-workflow", model::newWorkflow);
        Button save = button("Save", "save", () -> {
            TextInputDialog ask = new TextInputDialog();
            ask.setTitle("Save version");
            ask.setHeaderText("What changed? (optional)");
            String comment = model.workflowIdProperty().get() == null ? "" : ask.showAndWait().orElse(null);
            if (comment != null) {
                model.save(comment.isBlank() ? null : comment, saved -> { });
            }
        });
        save.disableProperty().bind(model.busyProperty());
        Button validate = button("Validate", "validate", model::validate);
        Button undo = button("Undo", "undo", model::undo);
        undo.disableProperty().bind(model.history().canUndoProperty().not());
        Button redo = button("Redo", "redo", model::redo);
        redo.disableProperty().bind(model.history().canRedoProperty().not());
        Button delete = button("Delete", "delete", model::deleteSelected);
        delete.disableProperty().bind(model.selectedNodeProperty().isNull().and(model.selectedEdgeProperty().isNull()));
        Button zoomOut = button("−", "zoom-out", model::zoomOut);
        Button zoomIn = button("+", "zoom-in", model::zoomIn);
        Button zoomReset = button("100%", "zoom-reset", model::zoomReset);
        zoomReset.textProperty().bind(Bindings.format("%.0f%%", model.zoomProperty().multiply(100)));
        Button importJson = button("Import…", "import", this::importFile);
        Button exportJson = button("Export…", "export", this::exportFile);
        Button run = button("Run", "run", () -> {
            String id = model.workflowIdProperty().get();
            if (id == null) {
                model.messageProperty().set("Save the workflow before running it.");
                return;
            }
            onRun.accept(id);
        });
        Label version = new Label();
        version.setId("version");
        version.textProperty().bind(Bindings.when(model.versionProperty().greaterThan(0))
                .then(Bindings.concat("v", model.versionProperty().asString())).otherwise("unsaved"));

        return new ToolBar(newOne, open, versions, name, version, save, validate, new Separator(), undo, redo, delete,
                new Separator(), zoomOut, zoomReset, zoomIn, new Separator(), importJson, exportJson, new Separator(),
                run);
    }

    private VBox status() {
        Label message = new Label();
        message.setId("designer-message");
        message.textProperty().bind(model.messageProperty());
        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("problems");
        problems.setPrefHeight(90);
        problems.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        VBox status = new VBox(4, message, problems);
        status.setPadding(new Insets(6, 10, 6, 10));
        return status;
    }

    private void importFile() {
        FileChooser chooser = jsonChooser("Import a workflow");
        var file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            try {
                model.importJson(Files.readString(file.toPath(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                model.messageProperty().set("Cannot read " + file + ": " + e.getMessage());
            }
        }
    }

    private void exportFile() {
        FileChooser chooser = jsonChooser("Export the workflow");
        chooser.setInitialFileName(model.nameProperty().get().replaceAll("[^A-Za-z0-9._-]+", "-") + ".json");
        var file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            try {
                Path path = file.toPath();
                Files.writeString(path, model.exportJson(), StandardCharsets.UTF_8);
                model.messageProperty().set("Exported to " + path);
            } catch (IOException e) {
                model.messageProperty().set("Cannot write " + file + ": " + e.getMessage());
            }
        }
    }

    private static FileChooser jsonChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Workflow JSON", "*.json"));
        return chooser;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static ListCell<WorkflowView> workflowCell() {
        return Cells.<WorkflowView>text(w -> w.name() + " (v" + w.currentVersion() + ")").call(null);
    }

    private static ListCell<WorkflowVersionView> versionCell() {
        return Cells.<WorkflowVersionView>text(v -> "v" + v.version() + (v.comment() == null ? "" : " — " + v.comment()))
                .call(null);
    }
}
