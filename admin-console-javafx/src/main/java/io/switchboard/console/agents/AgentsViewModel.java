package io.switchboard.console.agents;

import io.switchboard.api.agent.AgentView;
import io.switchboard.api.client.AgentsApi;
import io.switchboard.console.concurrent.BackgroundTasks;
import io.switchboard.console.concurrent.Failures;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Comparator;

/** The agent registry as a list: refreshed on demand, enabled, disabled and deleted one at a time. */
public final class AgentsViewModel {

    private final AgentsApi api;
    private final BackgroundTasks tasks;
    private final ObservableList<AgentView> agents = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    public AgentsViewModel(AgentsApi api, BackgroundTasks tasks) {
        this.api = api;
        this.tasks = tasks;
    }

    /** What the dashboard shows for an agent: disabled, or its health (active / degraded / offline). */
    public static String status(AgentView agent) {
        if ("inactive".equals(agent.status())) {
            return "disabled";
        }
        return agent.health() == null ? "active" : agent.health();
    }

    public void refresh() {
        tasks.run(api::agents, list -> {
            agents.setAll(list.stream().sorted(Comparator.comparing(AgentView::name)).toList());
            message.set(list.size() + " agent(s)");
        }, failure -> message.set(Failures.describe(failure)));
    }

    /** Enables a disabled agent, or disables an enabled one. */
    public void toggle(AgentView agent) {
        boolean disable = !"inactive".equals(agent.status());
        tasks.run(() -> disable ? api.disable(agent.id()) : api.enable(agent.id()), updated -> {
            agents.replaceAll(a -> a.id().equals(updated.id()) ? updated : a);
            message.set(updated.name() + (disable ? " disabled." : " enabled."));
        }, failure -> message.set(Failures.describe(failure)));
    }

    /** Deletes an agent (the view asks first); the list drops it once the server has. */
    public void delete(AgentView agent) {
        tasks.run(() -> {
            api.delete(agent.id());
            return agent;
        }, deleted -> {
            agents.removeIf(a -> a.id().equals(deleted.id()));
            message.set(deleted.name() + " deleted.");
        }, failure -> message.set(Failures.describe(failure)));
    }

    public ObservableList<AgentView> agents() {
        return agents;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
