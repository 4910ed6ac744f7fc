package io.switchboard.console.shell;

import io.switchboard.console.agents.AgentsView;
import io.switchboard.console.agents.AgentsViewModel;
import io.switchboard.console.client.Connection;
import io.switchboard.console.concurrent.BackgroundTasks;
import io.switchboard.console.designer.DesignerView;
import io.switchboard.console.designer.DesignerViewModel;
import io.switchboard.console.runs.RunsView;
import io.switchboard.console.runs.RunsViewModel;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The window after sign-in: agents, workflow designer and runs, each a tab. */
public final class MainView extends BorderPane {

    private final RunsViewModel runs;

    public MainView(Connection connection, BackgroundTasks tasks, Runnable onSignOut) {
        setId("main");
        var client = connection.client();
        var session = connection.session();
        AgentsViewModel agents = new AgentsViewModel(client, tasks);
        DesignerViewModel designer = new DesignerViewModel(client, tasks);
        runs = new RunsViewModel(client, client, client, tasks);

        TabPane tabs = new TabPane();
        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab agentsTab = new Tab("Agents", new AgentsView(agents, session.roles().contains("admin")));
        agentsTab.setId("tab-agents");
        Tab designerTab = new Tab("Workflow designer", new DesignerView(designer, (workflowId, inputs) -> {
            tabs.getSelectionModel().select(tabs.getTabs().get(2));
            runs.start(workflowId, inputs);
        }));
        designerTab.setId("tab-designer");
        Tab runsTab = new Tab("Runs", new RunsView(runs, session.canEdit()));
        runsTab.setId("tab-runs");
        tabs.getTabs().addAll(agentsTab, designerTab, runsTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == runsTab) {
                runs.refresh();
            } else if (now == agentsTab) {
                agents.refresh();
            }
        });

        Label who = new Label(session.user() + " (" + session.role() + ") at " + session.server());
        who.setId("signed-in-as");
        Button signOut = new Button("Sign out");
        signOut.setId("sign-out");
        signOut.setOnAction(e -> {
            runs.unsubscribe();
            client.signOut();
            onSignOut.run();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, new Label("Switchboard"), gap, who, signOut);
        bar.getStyleClass().add("top-bar");
        bar.setPadding(new Insets(6, 10, 6, 10));

        setTop(bar);
        setCenter(tabs);
        agents.refresh();
    }

    /** Closes live streams before the window goes away. */
    public void dispose() {
        runs.unsubscribe();
    }
}
