package io.switchboard.console.shell;

import io.switchboard.console.agents.AgentEditorViewModel;
import io.switchboard.console.agents.AgentsView;
import io.switchboard.console.agents.AgentsViewModel;
import io.switchboard.console.client.Connection;
import io.switchboard.console.concurrent.BackgroundTasks;
import io.switchboard.console.dashboard.DashboardView;
import io.switchboard.console.dashboard.DashboardViewModel;
import io.switchboard.console.designer.DesignerView;
import io.switchboard.console.designer.DesignerViewModel;
import io.switchboard.console.knowledge.FilePicker;
import io.switchboard.console.knowledge.KnowledgeView;
import io.switchboard.console.knowledge.KnowledgeViewModel;
import io.switchboard.console.runs.RunStartViewModel;
import io.switchboard.console.runs.RunsView;
import io.switchboard.console.runs.RunsViewModel;
import io.switchboard.console.tools.ToolsView;
import io.switchboard.console.tools.ToolsViewModel;
import io.switchboard.console.traffic.TrafficView;
import io.switchboard.console.traffic.TrafficViewModel;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.time.Clock;

/** The window after sign-in: a tab per screen; the dashboard and traffic follow the event stream throughout. */
public final class MainView extends BorderPane {

    private final DashboardViewModel dashboard;
    private final TrafficViewModel traffic;
    private final RunsViewModel runs;
    private final KnowledgeViewModel knowledge;

    public MainView(Connection connection, BackgroundTasks tasks, FilePicker files, Runnable onSignOut) {
        setId("main");
        var client = connection.client();
        var session = connection.session();
        dashboard = new DashboardViewModel(client, client, client, tasks, Clock.systemUTC());
        traffic = new TrafficViewModel(client, tasks);
        AgentsViewModel agents = new AgentsViewModel(client, tasks);
        AgentEditorViewModel agentEditor = new AgentEditorViewModel(client, tasks, saved -> agents.refresh());
        DesignerViewModel designer = new DesignerViewModel(client, tasks);
        runs = new RunsViewModel(client, client, client, tasks);
        knowledge = new KnowledgeViewModel(client, tasks);
        ToolsViewModel tools = new ToolsViewModel(client, tasks);

        TabPane tabs = new TabPane();
        tabs.setId("tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab dashboardTab = tab("tab-dashboard", "Dashboard", new DashboardView(dashboard));
        Tab agentsTab = tab("tab-agents", "Agents", new AgentsView(agents, agentEditor,
                session.roles().contains("admin")));
        RunsView runsView = new RunsView(runs, new RunStartViewModel(client, tasks), session.canEdit());
        Tab runsTab = tab("tab-runs", "Runs", runsView);
        Tab designerTab = tab("tab-designer", "Workflow designer", new DesignerView(designer, workflowId -> {
            tabs.getSelectionModel().select(runsTab);
            runsView.startRun(workflowId);
        }));
        Tab knowledgeTab = tab("tab-knowledge", "Knowledge", new KnowledgeView(knowledge, session.canEdit(), files));
        Tab toolsTab = tab("tab-tools", "Tools", new ToolsView(tools, session.roles().contains("admin")));
        Tab trafficTab = tab("tab-traffic", "Traffic", new TrafficView(traffic));
        tabs.getTabs().addAll(dashboardTab, agentsTab, designerTab, runsTab, knowledgeTab, toolsTab, trafficTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == runsTab) {
                runs.refresh();
            } else if (now == agentsTab) {
                agents.refresh();
            } else if (now == knowledgeTab) {
                knowledge.refresh();
            } else if (now == toolsTab) {
                tools.refresh();
                tools.refreshServers();
            } else if (now == dashboardTab) {
                dashboard.refresh();
            }
        });

        Label who = new Label(session.user() + " (" + session.role() + ") at " + session.server());
        who.setId("signed-in-as");
        Button signOut = new Button("Sign out");
        signOut.setId("sign-out");
        signOut.setOnAction(e -> {
            dispose();
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
        dashboard.start();
        traffic.start();
        agents.refresh();
    }

    private static Tab tab(String id, String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    /** Closes every live stream before the window goes away. */
    public void dispose() {
        dashboard.stop();
        traffic.stop();
        runs.unsubscribe();
        knowledge.stopFollowing();
    }
}
