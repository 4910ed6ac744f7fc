package io.switchboard.orchestration.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Without a model, the parts' answers follow one another; the model's prompt carries every part and failure. */
class AnswerSynthesisTest {

    final List<AnswerSynthesis.Part> parts = List.of(new AnswerSynthesis.Part("tool", "what is 2+2", "4", null),
            new AnswerSynthesis.Part("document", "the travel policy", null, "no collection"));

    @Test
    void withoutAModelTheAnswersAreListedUnderTheirAgents() {
        assertThat(AnswerSynthesis.combine("both", parts, null))
                .isEqualTo("tool — what is 2+2:\n4\n\ndocument — the travel policy:\ncould not answer: no collection");
    }

    @Test
    void theModelIsShownTheRequestAndEveryPart() {
        assertThat(AnswerSynthesis.prompt("both", parts)).isEqualTo("Request: both\n\nAnswers of the specialists:\n"
                + "- tool (asked: what is 2+2): 4\n- document (asked: the travel policy): could not answer: no collection\n");
    }
}
