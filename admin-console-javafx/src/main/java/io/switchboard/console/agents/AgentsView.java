package io.switchboard.console.agents;

import io.switchboard.api.agent.AgentView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;

import java.util.function.Function;

/** A table of agents with their status; refresh and enable/disable. */
public final class AgentsView extends BorderPane {

    public AgentsView(AgentsViewModel model, boolean isAdmin) {
        setId("agents");
        TableView<AgentView> table = new TableView<>(model.agents());
        table.setId("agent-table");
        table.getColumns().add(column("Name", AgentView::name));
        table.getColumns().add(column("Status", AgentsViewModel::status));
        table.getColumns().add(column("Kind", AgentView::kind));
        table.getColumns().add(column("Specialist", AgentView::specialist));
        table.getColumns().add(column("Version", a -> Integer.toString(a.version())));
        table.getColumns().add(column("Description", AgentView::description));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button refresh = new Button("Refresh");
        refresh.setId("agents-refresh");
        refresh.setOnAction(e -> model.refresh());
        Button toggle = new Button("Enable / disable");
        toggle.setId("agent-toggle");
        toggle.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        toggle.setVisible(isAdmin);
        toggle.setOnAction(e -> model.toggle(table.getSelectionModel().getSelectedItem()));
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());

        setTop(new ToolBar(refresh, toggle, message));
        setCenter(table);
        setPadding(new Insets(0, 0, 4, 0));
    }

    private static TableColumn<AgentView, String> column(String title, Function<AgentView, String> value) {
        TableColumn<AgentView, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
