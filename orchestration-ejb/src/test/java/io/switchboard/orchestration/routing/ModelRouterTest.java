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
    void aPlanKeepsItsValidStepsAndNamesThemInTheReason() {
        ModelRouter.Outcome outcome = ModelRouter.parse("{\"agent\":\"tool\",\"reason\":\"two parts\",\"steps\":["
                + "{\"agent\":\"tool\",\"request\":\"what is 2+2\"},{\"agent\":\"nobody\",\"request\":\"x\"},"
                + "{\"agent\":\"general\",\"request\":\"say hi\"},{\"agent\":\"general\",\"request\":\"  \"}]}",
                candidates);
        assertThat(outcome.steps()).extracting(RoutingDecision.Step::agentName, RoutingDecision.Step::request)
                .containsExactly(org.assertj.core.api.Assertions.tuple("tool", "what is 2+2"),
                        org.assertj.core.api.Assertions.tuple("general", "say hi"));
        assertThat(outcome.routing().reason()).isEqualTo("two parts (2 steps: tool, general)");

        ModelRouter.Outcome single = ModelRouter.parse("{\"agent\":\"tool\",\"reason\":\"r\",\"steps\":["
                + "{\"agent\":\"tool\",\"request\":\"what is 2+2\"}]}", candidates);
        assertThat(single.steps()).as("one step is no plan").isEmpty();
    }

    @Test
    void theCatalogueListsEachCandidateWithItsSkillsAndExamples() {
        String catalogue = ModelRouter.catalogue(candidates);
        assertThat(catalogue).contains("- tool: tool agent").contains("* TOOL — does tool things (e.g. an example of tool)")
                .contains("- general");
    }
}
