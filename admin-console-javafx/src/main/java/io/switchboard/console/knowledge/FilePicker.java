package io.switchboard.console.knowledge;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** Asks the user for files to upload; the desktop's file dialog, or a test's own choice. */
@FunctionalInterface
public interface FilePicker {

    /** The chosen files; empty when the user cancelled. */
    List<Path> pick(Window owner);

    /** The platform's file dialog, limited to the formats the server ingests. */
    static FilePicker dialog() {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Upload documents");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Documents",
                    "*.txt", "*.md", "*.html", "*.htm", "*.pdf", "*.docx"));
            List<File> files = chooser.showOpenMultipleDialog(owner);
            return files == null ? List.of() : files.stream().map(File::toPath).toList();
        };
    }
}
