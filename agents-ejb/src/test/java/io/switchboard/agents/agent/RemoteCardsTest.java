package io.switchboard.agents.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.api.agent.AgentView;
import io.switchboard.api.problem.PlatformException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteCardsTest {

    private static final String BASE = """
            "name":"Travel","description":"Books trips","version":"2.1","capabilities":{},
            "defaultInputModes":["text/plain"],"defaultOutputModes":["text/plain"],
            "skills":[{"id":"book","name":"Book","description":"Books a trip","tags":["travel"]}]""";

    @Test
    void a03CardIsCalledAtItsUrl() {
        RemoteCards.FetchedCard card = check("{" + BASE + ",\"url\":\"https://travel.example/a2a\",\"protocolVersion\":\"0.3.0\"}");
        assertThat(card.endpointUrl()).isEqualTo("https://travel.example/a2a");
        assertThat(card.protocolVersion()).isEqualTo("0.3");
        assertThat(card.name()).isEqualTo("Travel");
    }

    @Test
    void a10OnlyCardIsCalledWith10AndAUnionCardWith03() {
        RemoteCards.FetchedCard v10 = check("{" + BASE + ",\"supportedInterfaces\":[{\"url\":\"https://t.example/rpc\","
                + "\"protocolBinding\":\"JSONRPC\",\"protocolVersion\":\"1.0\"},{\"url\":\"https://t.example/grpc\","
                + "\"protocolBinding\":\"GRPC\",\"protocolVersion\":\"1.0\"}]}");
        assertThat(v10.endpointUrl()).isEqualTo("https://t.example/rpc");
        assertThat(v10.protocolVersion()).isEqualTo("1.0");

        RemoteCards.FetchedCard union = check("{" + BASE + ",\"url\":\"https://u.example/a2a\",\"protocolVersion\":\"0.3.0\","
                + "\"supportedInterfaces\":[{\"url\":\"https://u.example/a2a\",\"protocolBinding\":\"JSONRPC\","
                + "\"protocolVersion\":\"1.0\"},{\"url\":\"https://u.example/a2a\",\"protocolBinding\":\"JSONRPC\","
                + "\"protocolVersion\":\"0.3\"}]}");
        assertThat(union.protocolVersion()).isEqualTo("0.3");
    }

    @Test
    void incompleteOrUnusableCardsAreRefused() {
        assertThatThrownBy(() -> check("{\"name\":\"x\"}")).isInstanceOf(PlatformException.class)
                .hasMessageContaining("lacks required fields").hasMessageContaining("skills");
        assertThatThrownBy(() -> check("{" + BASE.replace("\"tags\":[\"travel\"]", "\"tags\":\"travel\"")
                + ",\"url\":\"https://t/a\"}")).hasMessageContaining("skills[0]");
        assertThatThrownBy(() -> check("{" + BASE + ",\"url\":\"https://t/a\",\"preferredTransport\":\"GRPC\"}"))
                .hasMessageContaining("no JSON-RPC interface");
        assertThatThrownBy(() -> check("{" + BASE + ",\"url\":\"ftp://t/a\"}")).hasMessageContaining("not an http");
    }

    @Test
    void hostingChoosesTheLocalAgentsThisServerServes() {
        AgentView echo = AgentView.basic("id-1", "echo", null, "local", "active", "active", List.of(), List.of(), true, "u", "c",
                "0.3");
        AgentView remote = AgentView.basic("id-2", "travel", null, "remote", "active", "active", List.of(), List.of(), false,
                "https://t/a", "https://t/card", "0.3");
        assertThat(AgentHosting.of(List.of("*")).servedHere(echo)).isSameAs(echo);
        assertThat(AgentHosting.of(List.of("Echo")).servedHere(echo)).isSameAs(echo);
        assertThatThrownBy(() -> AgentHosting.of(List.of("other")).servedHere(echo)).hasMessageContaining("not hosted");
        assertThatThrownBy(() -> AgentHosting.of(List.of("*")).servedHere(remote)).hasMessageContaining("remote agent");
    }

    private static RemoteCards.FetchedCard check(String json) {
        JsonObject card = Json.createReader(new StringReader(json)).readObject();
        return RemoteCards.check("https://cards.example/card.json", card, 12);
    }
}
