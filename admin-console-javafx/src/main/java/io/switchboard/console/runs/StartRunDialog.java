package io.switchboard.console.runs;

import io.switchboard.api.workflow.WorkflowView;
import io.switchboard.console.widgets.SchemaFormPane;
import javafx.collections.MapChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/**
 * Asks for a run's workflow and inputs ({@link RunStartViewModel}); its Start button stays on the form while a
 * field is wrong. The result is the chosen workflow, or nothing when the dialog is cancelled.
 */
final class StartRunDialog extends Dialog<WorkflowView> {

    static final ButtonType START = new ButtonType("Start run", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);

    StartRunDialog(RunStartViewModel model) {
        setTitle("Start a run");
        setHeaderText("Choose the workflow and give its inputs (* required).");
        ComboBox<WorkflowView> workflow = new ComboBox<>(model.workflows());
        workflow.setId("start-run-workflow");
        workflow.setCellFactory(list -> new Cell());
        workflow.setButtonCell(new Cell());
        workflow.valueProperty().bindBidirectional(model.workflowProperty());
        SchemaFormPane form = new SchemaFormPane("input-");
        form.setId("start-run-form");
        form.show(model.formProperty().get(), model.values(), "This workflow takes no inputs.");
        model.formProperty().addListener((o, was, now) -> {
            form.show(now, model.values(), "This workflow takes no inputs.");
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        model.problems().addListener((MapChangeListener<String, String>) c -> form.mark(model.problems()));
        Label message = new Label();
        message.setId("start-run-message");
        message.setWrapText(true);
        message.getStyleClass().add("problem");
        message.textProperty().bind(model.messageProperty());
        VBox content = new VBox(8, workflow, form, message);
        content.setPadding(new Insets(8));
        content.setPrefWidth(460);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(START, ButtonType.CANCEL);
        Button start = (Button) getDialogPane().lookupButton(START);
        start.setId("start-run-confirm");
        start.addEventFilter(ActionEvent.ACTION, e -> {
            if (model.inputs().isEmpty()) {
                e.consume();
            }
        });
        setResultConverter(button -> button == START ? model.workflowProperty().get() : null);
    }

    private static final class Cell extends ListCell<WorkflowView> {
        @Override
        protected void updateItem(WorkflowView item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name() + " v" + item.currentVersion());
        }
    }
}
