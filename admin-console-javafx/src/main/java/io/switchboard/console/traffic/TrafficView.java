package io.switchboard.console.traffic;

import io.switchboard.api.event.ExecutionEventView;
import io.switchboard.console.widgets.Cells;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;

import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;

/** The live event list with a filter and a pause button. */
public final class TrafficView extends BorderPane {

    public TrafficView(TrafficViewModel model) {
        setId("traffic");
        TextField filter = new TextField();
        filter.setId("traffic-filter");
        filter.setPromptText("filter: type, agent or task (e.g. a2a.)");
        filter.setPrefColumnCount(28);
        filter.textProperty().bindBidirectional(model.filterProperty());
        ToggleButton pause = new ToggleButton("Pause");
        pause.setId("traffic-pause");
        pause.selectedProperty().bindBidirectional(model.pausedProperty());
        Label connection = new Label();
        connection.textProperty().bind(Bindings.concat("Event stream: ", model.connectionProperty()));
        ListView<ExecutionEventView> list = new ListView<>(model.shown());
        list.setId("traffic-events");
        list.setCellFactory(Cells.text(event -> TrafficViewModel.describe(event)));
        Label missed = new Label();
        missed.setId("traffic-missed");
        missed.textProperty().bind(Bindings.when(model.pausedProperty())
                .then(Bindings.concat(model.missedProperty().asString(), " event(s) missed while paused"))
                .otherwise(""));
        setTop(new ToolBar(filter, pause, missed, connection));
        setCenter(list);
    }
}
