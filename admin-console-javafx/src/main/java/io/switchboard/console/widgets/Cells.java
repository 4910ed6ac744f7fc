package io.switchboard.console.widgets;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

import java.util.function.Function;

/** Table columns and list cells that show a text computed from the row's value. */
public final class Cells {

    private Cells() {
    }

    public static <T> TableColumn<T, String> column(String title, Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    /** A cell factory for a list: the text of each item, nothing for empty rows. */
    public static <T> Callback<ListView<T>, ListCell<T>> text(Function<T, String> text) {
        return list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
