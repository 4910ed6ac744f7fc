package io.switchboard.console.agents;

import io.switchboard.api.agent.AgentView;
import io.switchboard.api.client.AgentsApi;
import io.switchboard.console.concurrent.SameThreadTasks;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgentsViewModelTest {

    private final List<String> calls = new ArrayList<>();
    private final AgentsApi api = new StubAgentsApi() {
        @Override
        public List<AgentView> agents() {
            return List.of(agent("b", "active", "offline"), agent("a", "inactive", "active"));
        }

        @Override
        public AgentView enable(String id) {
            calls.add("enable " + id);
            return agent(id, "active", "active");
        }

        @Override
        public AgentView disable(String id) {
            calls.add("disable " + id);
            return agent(id, "inactive", "active");
        }

        @Override
        public void delete(String id) {
            calls.add("delete " + id);
            if (id.equals("a")) {
                throw new io.switchboard.api.client.ApiCallException(409, null, "Agent 'a' is built in");
            }
        }
    };
    private final AgentsViewModel model = new AgentsViewModel(api, new SameThreadTasks());

    @Test
    void agentsAreListedByNameWithDisabledOverridingHealth() {
        model.refresh();
        assertThat(model.agents()).extracting(AgentView::name).containsExactly("a", "b");
        assertThat(model.agents()).extracting(AgentsViewModel::status).containsExactly("disabled", "offline");
        assertThat(model.messageProperty().get()).isEqualTo("2 agent(s)");
    }

    @Test
    void toggleDisablesAnEnabledAgentAndEnablesADisabledOne() {
        model.refresh();
        model.toggle(model.agents().get(1));
        model.toggle(model.agents().get(0));
        assertThat(calls).containsExactly("disable b", "enable a");
        assertThat(model.agents()).extracting(AgentsViewModel::status).containsExactly("active", "disabled");
    }

    @Test
    void deleteDropsTheAgentOnceTheServerHasAndKeepsItWhenRefused() {
        model.refresh();
        model.delete(model.agents().get(1));
        assertThat(model.agents()).extracting(AgentView::name).containsExactly("a");
        assertThat(model.messageProperty().get()).isEqualTo("b deleted.");
        model.delete(model.agents().get(0));
        assertThat(model.agents()).extracting(AgentView::name).containsExactly("a");
        assertThat(model.messageProperty().get()).contains("built in");
        assertThat(calls).containsExactly("delete b", "delete a");
    }

    private static AgentView agent(String name, String status, String health) {
        return AgentView.basic(name, name, "", "local", status, health, List.of(), List.of(), false, null, null, "0.3");
    }
}
