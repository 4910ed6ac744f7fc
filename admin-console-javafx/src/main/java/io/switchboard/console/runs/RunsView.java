package io.switchboard.console.runs;

import io.switchboard.api.workflow.RunView;
import io.switchboard.console.designer.CanvasActions;
import io.switchboard.console.designer.DesignEdge;
import io.switchboard.console.designer.DesignNode;
import io.switchboard.console.designer.WorkflowCanvas;
import io.switchboard.console.widgets.Cells;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;

import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The runs screen: history with filters on the left; the watched run on a read-only canvas on the right. */
public final class RunsView extends SplitPane {

    private final RunsViewModel model;
    private final RunStartViewModel starter;
    private StartRunDialog dialog;

    public RunsView(RunsViewModel model, RunStartViewModel starter, boolean canAct) {
        this.model = model;
        this.starter = starter;
        setId("runs");

        TextField workflow = new TextField();
        workflow.setId("runs-workflow-filter");
        workflow.setPromptText("workflow");
        workflow.setPrefColumnCount(9);
        workflow.textProperty().bindBidirectional(model.workflowFilterProperty());
        ComboBox<String> state = new ComboBox<>();
        state.setId("runs-state-filter");
        state.getItems().addAll("", "queued", "running", "waiting", "completed", "failed", "stopped");
        state.valueProperty().bindBidirectional(model.stateFilterProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("runs-refresh");
        refresh.setOnAction(e -> model.refresh());
        Button start = new Button("Start run…");
        start.setId("start-run");
        start.setDisable(!canAct);
        start.setOnAction(e -> startRun(null));
        HBox filters = new HBox(6, workflow, state, refresh);

        ListView<RunView> list = new ListView<>(model.history());
        list.setId("run-list");
        list.setCellFactory(Cells.text(run ->
                run.workflowName() + " v" + run.version() + " · " + run.state() + " · " + run.createdAt()));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (model.currentProperty().get() == null
                    || !now.id().equals(model.currentProperty().get().id()))) {
                model.watch(now.id());
            }
        });
        VBox left = new VBox(6, start, filters, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(8));

        WorkflowCanvas canvas = new WorkflowCanvas(model.nodes(), model.edges(), model.selectedNodeProperty(),
                model.selectedEdgeProperty(), model.zoomProperty(), new CanvasActions() {
                    @Override
                    public void select(DesignNode node) {
                        model.selectedNodeProperty().set(node);
                    }

                    @Override
                    public void select(DesignEdge edge) {
                        model.selectedEdgeProperty().set(edge);
                    }

                    @Override
                    public boolean editable() {
                        return false;
                    }
                });
        canvas.setId("run-canvas");

        Button approve = new Button("Approve");
        approve.setId("approve");
        approve.setOnAction(e -> model.approve(true));
        Button reject = new Button("Reject");
        reject.setId("reject");
        reject.setOnAction(e -> model.approve(false));
        Button stop = new Button("Stop");
        stop.setId("stop-run");
        stop.setOnAction(e -> model.stop());
        Button restart = new Button("Restart");
        restart.setId("restart-run");
        restart.setOnAction(e -> model.restart());
        for (Button b : new Button[] {approve, reject, stop, restart}) {
            b.setDisable(!canAct);
            if (canAct) {
                b.disableProperty().bind(model.currentProperty().isNull());
            }
        }
        Label state0 = new Label();
        state0.setId("run-state");
        state0.textProperty().bind(Bindings.createStringBinding(() -> model.currentProperty().get() == null
                ? "no run selected" : model.currentProperty().get().state(), model.currentProperty()));
        Label live = new Label();
        live.setId("run-live");
        live.textProperty().bind(Bindings.when(model.liveProperty()).then("● live").otherwise("○ not live"));
        ToolBar actions = new ToolBar(state0, live, approve, reject, stop, restart);

        TextArea detail = new TextArea();
        detail.setId("node-detail");
        detail.setEditable(false);
        detail.setPrefRowCount(5);
        detail.textProperty().bind(model.nodeDetailProperty());
        Label message = new Label();
        message.setId("runs-message");
        message.textProperty().bind(model.messageProperty());

        BorderPane right = new BorderPane(canvas);
        right.setTop(actions);
        right.setBottom(new VBox(4, detail, message));

        getItems().addAll(left, right);
        setDividerPositions(0.3);
    }

    /**
     * Starts a run: asks for the workflow (preselected when {@code workflowId} is given) and its inputs; a given
     * workflow that declares no inputs starts at once.
     */
    public void startRun(String workflowId) {
        starter.load(workflowId, chosen -> {
            if (chosen == null) {
                model.messageProperty().set(starter.messageProperty().get());
            } else if (chosen.id().equals(workflowId) && starter.needsNoInputs()) {
                model.start(chosen.id(), jakarta.json.JsonValue.EMPTY_JSON_OBJECT);
            } else {
                if (dialog == null) {
                    dialog = new StartRunDialog(starter);
                    dialog.initOwner(getScene() == null ? null : getScene().getWindow());
                }
                dialog.showAndWait().ifPresent(w -> starter.inputs().ifPresent(inputs -> model.start(w.id(), inputs)));
            }
        });
    }
}
