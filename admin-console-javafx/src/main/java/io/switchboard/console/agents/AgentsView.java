package io.switchboard.console.agents;

import io.switchboard.api.agent.AgentVersionView;
import io.switchboard.api.agent.AgentView;
import io.switchboard.console.widgets.Cells;
import io.switchboard.console.widgets.Confirm;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;

import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SplitPane;

import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;


/**
 * The agents screen: the registry as a table (refresh, new, enable/disable) and, for the selected agent, its
 * definition form, its versions with rollback, and a "try it" chat.
 */
public final class AgentsView extends SplitPane {

    public AgentsView(AgentsViewModel model, AgentEditorViewModel editor, boolean isAdmin) {
        setId("agents");
        TableView<AgentView> table = new TableView<>(model.agents());
        table.setId("agent-table");
        table.getColumns().add(Cells.column("Name", AgentView::name));
        table.getColumns().add(Cells.column("Status", AgentsViewModel::status));
        table.getColumns().add(Cells.column("Kind", AgentView::kind));
        table.getColumns().add(Cells.column("Specialist", AgentView::specialist));
        table.getColumns().add(Cells.column("Version", a -> Integer.toString(a.version())));
        table.getColumns().add(Cells.column("Description", AgentView::description));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                editor.edit(now);
            }
        });

        Button refresh = new Button("Refresh");
        refresh.setId("agents-refresh");
        refresh.setOnAction(e -> model.refresh());
        Button create = new Button("New agent");
        create.setId("agent-new");
        create.setVisible(isAdmin);
        create.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            editor.newAgent();
        });
        Button toggle = new Button("Enable / disable");
        toggle.setId("agent-toggle");
        toggle.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        toggle.setVisible(isAdmin);
        toggle.setOnAction(e -> model.toggle(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button("Delete");
        delete.setId("agent-delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setVisible(isAdmin);
        delete.setOnAction(e -> {
            AgentView selected = table.getSelectionModel().getSelectedItem();
            Confirm.then("Delete agent " + selected.name() + " with all its versions? Its past tasks stay.",
                    () -> model.delete(selected));
        });
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        BorderPane left = new BorderPane(table);
        left.setTop(new ToolBar(refresh, create, toggle, delete, message));

        javafx.scene.control.ScrollPane definition = new javafx.scene.control.ScrollPane(form(editor, isAdmin));
        definition.setFitToWidth(true);
        TabPane right = new TabPane(tab("tab-agent-definition", "Definition", definition),
                tab("tab-agent-versions", "Versions", versions(editor, isAdmin)),
                tab("tab-agent-try", "Try it", chat(editor)));
        right.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        getItems().addAll(left, right);
        setDividerPositions(0.55);
    }

    private static VBox form(AgentEditorViewModel editor, boolean isAdmin) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        int row = 0;
        row = field(grid, row, "Name", text("agent-name", editor.nameProperty()));
        row = field(grid, row, "Description", text("agent-description", editor.descriptionProperty()));
        ComboBox<String> specialist = new ComboBox<>();
        specialist.setId("agent-specialist");
        specialist.getItems().addAll(AgentForm.SPECIALISTS);
        specialist.valueProperty().bindBidirectional(editor.specialistProperty());
        row = field(grid, row, "Specialist", specialist);
        row = field(grid, row, "Instructions", area("agent-prompt", editor.systemPromptProperty(), 3));
        row = field(grid, row, "Skills", area("agent-skills", editor.skillsProperty(), 3));
        row = field(grid, row, "Tools", text("agent-tools", editor.toolsProperty()));
        row = field(grid, row, "Collections", text("agent-collections", editor.collectionsProperty()));
        ComboBox<String> provider = new ComboBox<>();
        provider.setId("agent-provider");
        provider.getItems().addAll(AgentForm.PROVIDERS);
        provider.valueProperty().bindBidirectional(editor.providerProperty());
        provider.setPromptText("platform default");
        row = field(grid, row, "Model provider", provider);
        row = field(grid, row, "Model", text("agent-model", editor.modelProperty()));
        row = field(grid, row, "Base URL", text("agent-base-url", editor.baseUrlProperty()));
        PasswordField key = new PasswordField();
        key.setId("agent-api-key");
        key.textProperty().bindBidirectional(editor.apiKeyProperty());
        key.promptTextProperty().bind(editor.apiKeyHintProperty());
        field(grid, row, "API key", key);

        Button save = new Button("Save");
        save.setId("agent-save");
        save.setDisable(!isAdmin);
        save.setOnAction(e -> editor.save());
        Label message = new Label();
        message.setId("agent-message");
        message.setWrapText(true);
        message.textProperty().bind(editor.messageProperty());
        ListView<String> problems = new ListView<>(editor.problems());
        problems.setPrefHeight(70);
        problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(editor.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        Label hint = new Label("Skills: one per line, name: description | example; example. Lists: comma-separated.");
        hint.getStyleClass().add("hint");
        VBox box = new VBox(6, grid, hint, new HBox(8, save, message), problems);
        box.setPadding(new Insets(8));
        return box;
    }

    private static VBox versions(AgentEditorViewModel editor, boolean isAdmin) {
        ListView<AgentVersionView> list = new ListView<>(editor.versions());
        list.setId("agent-versions");
        list.setPrefHeight(120);
        list.setCellFactory(Cells.text(item ->
                "v" + item.version() + " · " + item.change() + " by " + item.changedBy() + " · " + item.createdAt()));
        Button rollback = new Button("Roll back to the selected version");
        rollback.setId("agent-rollback");
        rollback.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        rollback.setVisible(isAdmin);
        rollback.setOnAction(e -> editor.rollback(list.getSelectionModel().getSelectedItem().version()));
        VBox box = new VBox(6, list, rollback);
        box.setPadding(new Insets(8));
        return box;
    }

    private static VBox chat(AgentEditorViewModel editor) {
        ListView<String> transcript = new ListView<>(editor.transcript());
        transcript.setId("agent-chat");
        transcript.setPrefHeight(300);
        transcript.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true); // long replies wrap within the panel instead of scrolling sideways
                prefWidthProperty().bind(list.widthProperty().subtract(24));
                setMaxWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        TextField input = text("agent-chat-input", editor.chatInputProperty());
        input.setPromptText("Ask the agent …");
        input.setOnAction(e -> editor.send());
        HBox.setHgrow(input, Priority.ALWAYS);
        Button send = new Button("Send");
        send.setId("agent-chat-send");
        send.setOnAction(e -> editor.send());
        CheckBox routed = new CheckBox("let the orchestrator choose the agent");
        routed.setId("agent-chat-routed");
        routed.selectedProperty().bindBidirectional(editor.routedProperty());
        javafx.scene.control.ProgressIndicator replying = new javafx.scene.control.ProgressIndicator();
        replying.setId("agent-chat-replying");
        replying.setPrefSize(18, 18);
        replying.visibleProperty().bind(editor.replyingProperty());
        VBox box = new VBox(6, transcript, new HBox(6, input, send, replying), routed);
        VBox.setVgrow(transcript, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private static int field(GridPane grid, int row, String label, javafx.scene.Node control) {
        grid.addRow(row, new Label(label), control);
        GridPane.setHgrow(control, Priority.ALWAYS);
        return row + 1;
    }

    private static TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        bind(field, id, property);
        return field;
    }

    private static TextArea area(String id, StringProperty property, int rows) {
        TextArea area = new TextArea();
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        bind(area, id, property);
        return area;
    }

    private static void bind(TextInputControl control, String id, StringProperty property) {
        control.setId(id);
        control.textProperty().bindBidirectional(property);
    }

}
