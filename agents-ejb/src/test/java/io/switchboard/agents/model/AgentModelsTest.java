package io.switchboard.agents.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.api.agent.ModelSettingsView;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An agent's model settings over the platform default, and keys that only go to the server they were given for. */
class AgentModelsTest {

    static PlatformModel platform(String provider, String url, String key) {
        PlatformModel p = new PlatformModel();
        p.provider = Optional.ofNullable(provider);
        p.model = Optional.of("platform-model");
        p.baseUrl = Optional.ofNullable(url);
        p.apiKey = Optional.ofNullable(key);
        p.temperature = Optional.of(0.5);
        p.maxTokens = Optional.empty();
        p.timeoutSeconds = 30;
        p.maxRetries = 1;
        return p;
    }

    @Test
    void missingFieldsComeFromTheDefaultOfTheSameProviderWithItsKey() {
        ModelSpec spec = AgentModels.merge(new ModelSettingsView("openai", null, null, null, null, 100, null), null,
                platform("openai", "http://gateway/v1", "sk-platform"));
        assertThat(spec.model()).isEqualTo("platform-model");
        assertThat(spec.baseUrl()).isEqualTo("http://gateway/v1");
        assertThat(spec.apiKey()).isEqualTo("sk-platform");
        assertThat(spec.temperature()).isEqualTo(0.5);
        assertThat(spec.maxTokens()).isEqualTo(100);
        assertThat(spec.toString()).doesNotContain("sk-platform");
    }

    @Test
    void theDefaultsKeyNeverGoesToAnotherProviderOrToTheAgentsOwnServer() {
        ModelSpec other = AgentModels.merge(new ModelSettingsView("anthropic", null, null, null, null, null, null), null,
                platform("openai", "http://gateway/v1", "sk-platform"));
        assertThat(other.apiKey()).isNull();
        assertThat(other.baseUrl()).isNull();
        assertThat(other.model()).isEqualTo(ModelSpec.defaultModel("anthropic"));

        ModelSpec ownServer = AgentModels.merge(new ModelSettingsView("openai", "m", "http://mine/v1", null, null, null,
                null), null, platform("openai", "http://gateway/v1", "sk-platform"));
        assertThat(ownServer.apiKey()).isNull();
    }

    @Test
    void anAgentsOwnKeyNeverGoesToThePlatformsServer() {
        ModelSpec spec = AgentModels.merge(new ModelSettingsView("openai", "m", null, "••••abcd", null, null, null),
                "sk-agent", platform("openai", "http://gateway/v1", "sk-platform"));
        assertThat(spec.apiKey()).isEqualTo("sk-agent");
        assertThat(spec.baseUrl()).as("the provider's public URL, not the platform's gateway").isNull();
    }
}
