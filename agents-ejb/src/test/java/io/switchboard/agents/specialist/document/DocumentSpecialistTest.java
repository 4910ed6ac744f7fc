package io.switchboard.agents.specialist.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.api.knowledge.AnswerResult;
import io.switchboard.api.knowledge.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentSpecialistTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "find what our documents say about the travel policy | the travel policy",
            "What does the employee handbook say about vacation days? | vacation days",
            "search the knowledge base for onboarding steps | onboarding steps",
            "how do I rotate the signing keys? | how do I rotate the signing keys",
            "docs | docs"})
    void theQueryIsTheRequestWithoutItsLeadIn(String request, String query) {
        assertThat(DocumentSpecialist.query(request)).isEqualTo(query);
    }

    @Test
    void anAgentSearchesItsOwnCollectionsOrAll() {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        List<io.switchboard.rag.knowledge.CollectionRecord> all = List.of(
                new io.switchboard.rag.knowledge.CollectionRecord("c1", "handbook", null, 126, 16, "m", null, now, now,
                        null, 0, null, null),
                new io.switchboard.rag.knowledge.CollectionRecord("c2", "billing", null, 126, 16, "m", null, now, now,
                        null, 0, null, null));
        io.switchboard.api.agent.AgentView any = io.switchboard.api.agent.AgentView.basic("a", "docs", null, "local",
                "active", "active", List.of(), List.of(), false, null, null, "0.3");
        assertThat(DocumentSpecialist.scope(any, all)).hasSize(2);
        io.switchboard.api.agent.AgentView billing = new io.switchboard.api.agent.AgentView("b", "billing-bot", null,
                "local", "active", "active", List.of(), List.of(), false, null, null, "0.3", null, null, "document",
                null, null, List.of("BILLING"), null, null, 1);
        assertThat(DocumentSpecialist.scope(billing, all)).extracting(c -> c.id()).containsExactly("c2");
    }

    @Test
    void answersListTheirSources() {
        Passage passage = new Passage("d1", "security.pdf", 2, 100, 180, "To rotate the signing keys, replace the key files.",
                0.8);
        String text = DocumentSpecialist.render("handbook", new AnswerResult("c1", "rotate keys",
                "To rotate the signing keys, replace the key files. [1]", "extractive", null, null, List.of(passage)));
        assertThat(text).startsWith("To rotate the signing keys").contains("Sources (collection handbook)")
                .contains("[1] security.pdf, chunk 2, characters 100-180");
    }
}
