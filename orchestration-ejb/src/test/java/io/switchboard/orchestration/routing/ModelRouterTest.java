package io.switchboard.orchestration.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.api.agent.AgentSkill;
import io.switchboard.api.agent.AgentView;
import io.switchboard.api.task.Routing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's routing answer is used only when it is JSON naming one of the candidates. */
class ModelRouterTest {

    static AgentView agent(String id, String name) {
        return AgentView.basic(id, name, name + " agent", "local", "active", "active", List.of(),
                List.of(new AgentSkill(name + "-skill", name.toUpperCase(), "does " + name + " things", List.of(),
                        List.of("an example of " + name))), true, null, null, "0.3");
    }

    final List<AgentView> candidates = List.of(agent("1", "tool"), agent("2", "general"));

    @Test
    void aValidAnswerChoosesTheNamedCandidateWithTheModelsReason() {
        ModelRouter.Outcome outcome = ModelRouter.parse("```json\n{\"agent\": \"Tool\", \"reason\": \"arithmetic\"}\n```",
                candidates);
        assertThat(outcome.agent()).get().extracting(AgentView::id).isEqualTo("1");
        assertThat(outcome.routing().mode()).isEqualTo(Routing.MODEL);
        assertThat(outcome.routing().reason()).isEqualTo("arithmetic");
    }

    @Test
    void unknownAgentsAndBrokenJsonAreNoDecisionWithAReason() {
        assertThat(ModelRouter.parse("{\"agent\":\"billing\",\"reason\":\"x\"}", candidates).problem())
                .contains("'billing'").contains("not a candidate");
        assertThat(ModelRouter.parse("{\"agent\": tool}", candidates).problem()).contains("not valid JSON");
        assertThat(ModelRouter.parse("I think the tool agent", candidates).problem()).contains("not JSON");
        assertThat(ModelRouter.parse("", candidates).agent()).isEmpty();
    }

    @Test
    void theCatalogueListsEachCandidateWithItsSkillsAndExamples() {
        String catalogue = ModelRouter.catalogue(candidates);
        assertThat(catalogue).contains("- tool: tool agent").contains("* TOOL — does tool things (e.g. an example of tool)")
                .contains("- general");
    }
}
