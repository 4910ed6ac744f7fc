package io.switchboard.agents.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.api.agent.AgentLimits;
import io.switchboard.api.agent.AgentSkill;
import io.switchboard.api.agent.MemorySettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentDefinitionJsonTest {

    @Test
    void aSnapshotKeepsTheWholeDefinition() {
        AgentDefinition d = new AgentDefinition("support-bot", "Answers support questions", "general", "active",
                List.of(new AgentSkill("faq", "FAQ", "Answers FAQs", List.of("support"), List.of("how do I reset"))),
                "You are helpful.", new AgentDefinition.StoredModel("openai", "gpt-4o-mini", "http://llm:8000/v1", 0.2,
                        512, 30, "••••abcd"), "v1:sealed", List.of("calculator"), List.of("handbook"),
                new MemorySettings(true, 12, 3000), new AgentLimits(60, 5, 10_000, 50_000));
        AgentDefinition back = AgentDefinitionJson.snapshot(AgentDefinitionJson.snapshot(d));
        assertThat(back).isEqualTo(d);
        assertThat(AgentDefinitionJson.snapshot(d)).doesNotContain("sk-");
    }

    @Test
    void anEmptyDefinitionSurvivesToo() {
        AgentDefinition d = new AgentDefinition("x", null, "echo", "inactive", List.of(), null, null, null, List.of(),
                List.of(), null, null);
        assertThat(AgentDefinitionJson.snapshot(AgentDefinitionJson.snapshot(d))).isEqualTo(d);
    }

    @Test
    void apiKeysShowOnlyTheirLastCharacters() {
        assertThat(io.switchboard.core.secret.SecretBox.hint("sk-test-1234567890abcd")).isEqualTo("••••abcd");
        assertThat(io.switchboard.core.secret.SecretBox.hint("short")).isEqualTo("••••");
    }
}
