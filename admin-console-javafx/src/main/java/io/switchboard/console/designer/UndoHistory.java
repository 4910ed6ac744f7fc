package io.switchboard.console.designer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.ArrayDeque;
import java.util.Deque;

/** Undo and redo of the designer's edits: each edit knows how to apply and revert itself. */
public final class UndoHistory {

    /** One reversible edit. */
    public interface Edit {
        void apply();

        void revert();
    }

    private static final int LIMIT = 200;

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    /** Applies an edit and makes it the one to undo next; anything undone before can no longer be redone. */
    public void perform(Edit edit) {
        edit.apply();
        record(edit);
    }

    /** Records an edit already applied (a drag that moved a node as it went). */
    public void record(Edit edit) {
        done.push(edit);
        if (done.size() > LIMIT) {
            done.removeLast();
        }
        undone.clear();
        update();
    }

    public void undo() {
        if (!done.isEmpty()) {
            Edit edit = done.pop();
            edit.revert();
            undone.push(edit);
            update();
        }
    }

    public void redo() {
        if (!undone.isEmpty()) {
            Edit edit = undone.pop();
            edit.apply();
            done.push(edit);
            update();
        }
    }

    public void clear() {
        done.clear();
        undone.clear();
        update();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
    }
}
