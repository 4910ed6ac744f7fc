package io.switchboard.console.widgets;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** A yes-or-no question before something that cannot be undone (deleting an agent, removing an MCP server). */
public final class Confirm {

    private Confirm() {
    }

    /** Asks {@code question} (OK / Cancel) and runs {@code then} only after OK. */
    public static void then(String question, Runnable then) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(null);
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> then.run());
    }
}
