package io.switchboard.rag.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.rag.index.PassageHit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveAnswersTest {

    private static final PassageHit FINANCE = hit("finance", "Costs stayed flat. Quarterly revenue grew by four percent.");
    private static final PassageHit GARDEN = hit("garden", "Tomatoes need sun. Revenue from tomatoes is small.");

    @Test
    void theBestMatchingSentencesAreQuotedWithMarkersOfTheirPassages() {
        ExtractiveAnswers.Answer answer = new ExtractiveAnswers(2).answer("How much did quarterly revenue grow?",
                List.of(GARDEN, FINANCE));
        assertThat(answer.text()).startsWith("Quarterly revenue grew by four percent. [1]")
                .contains("Revenue from tomatoes is small. [2]").doesNotContain("Costs");
        assertThat(answer.citations()).containsExactly(FINANCE, GARDEN);
    }

    @Test
    void noPassagesMeansNoAnswerAndNoCitations() {
        ExtractiveAnswers.Answer answer = new ExtractiveAnswers(3).answer("anything", List.of());
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.text()).contains("No passage");
    }

    private static PassageHit hit(String document, String text) {
        return new PassageHit(document, document + ".txt", 0, 0, text.length(), text, 1);
    }
}
