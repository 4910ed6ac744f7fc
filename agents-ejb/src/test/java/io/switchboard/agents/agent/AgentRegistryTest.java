package io.switchboard.agents.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgentRegistryTest {

    @Test
    void recognisesIdsButNotNames() {
        assertThat(AgentRegistry.looksLikeId(UUID.randomUUID().toString())).isTrue();
        assertThat(AgentRegistry.looksLikeId("00000000-0000-4000-8000-000000000001")).isTrue();
        assertThat(AgentRegistry.looksLikeId("echo")).isFalse();
        assertThat(AgentRegistry.looksLikeId("0000000000000000000000000000000000000")).isFalse();
        assertThat(AgentRegistry.looksLikeId("zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz")).isFalse();
        assertThat(AgentRegistry.looksLikeId(null)).isFalse();
    }

    @Test
    void namesAreComparedWithoutLetterCase() {
        assertThat(Agent.nameKey("Support-Bot")).isEqualTo(Agent.nameKey("support-bot"));
    }

    @Test
    void localEndpointsLiveUnderTheConfiguredBaseUrl() {
        AgentEndpoints endpoints = new AgentEndpoints();
        endpoints.baseUrl = "http://node-1:9080/";
        assertThat(endpoints.localEndpoint("abc")).isEqualTo("http://node-1:9080/a2a/agents/abc");
    }
}
