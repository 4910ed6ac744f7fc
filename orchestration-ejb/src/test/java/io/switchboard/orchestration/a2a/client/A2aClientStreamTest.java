package io.switchboard.orchestration.a2a.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.switchboard.agents.token.IssuedToken;
import io.switchboard.agents.token.TokenIssuer;
import io.switchboard.api.a2a.Message;
import io.switchboard.api.a2a.TaskArtifactUpdateEvent;
import io.switchboard.api.a2a.TaskStatusUpdateEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The streaming A2A client against a scripted agent on loopback: events, retries, circuit, both versions. */
class A2aClientStreamTest {

    private static final String V03_EVENTS = """
            data: {"jsonrpc":"2.0","id":"1","result":{"kind":"task","id":"t1","contextId":"c1","status":{"state":"submitted"}}}

            data: {"jsonrpc":"2.0","id":"1","result":{"kind":"artifact-update","taskId":"t1","contextId":"c1","artifact":{"artifactId":"a","parts":[{"kind":"text","text":"Hel"}]},"append":false}}

            data: {"jsonrpc":"2.0","id":"1","result":{"kind":"artifact-update","taskId":"t1","contextId":"c1","artifact":{"artifactId":"a","parts":[{"kind":"text","text":"lo"}]},"append":true,"lastChunk":true}}

            data: {"jsonrpc":"2.0","id":"1","result":{"kind":"status-update","taskId":"t1","contextId":"c1","status":{"state":"completed"},"final":true}}

            """;
    private static final String V10_EVENTS = """
            data: {"jsonrpc":"2.0","id":"1","result":{"task":{"id":"t2","contextId":"c2","status":{"state":"TASK_STATE_WORKING"}}}}

            data: {"jsonrpc":"2.0","id":"1","result":{"artifactUpdate":{"taskId":"t2","contextId":"c2","artifact":{"artifactId":"a","parts":[{"text":"ProtoJSON"}]}}}}

            data: {"jsonrpc":"2.0","id":"1","result":{"statusUpdate":{"taskId":"t2","contextId":"c2","status":{"state":"TASK_STATE_COMPLETED"}}}}

            """;

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToGo = new AtomicInteger();
    private volatile int failureStatus = 503;
    private volatile String events = V03_EVENTS;
    private HttpServer agent;
    private A2aClient client;

    @BeforeEach
    void start() throws IOException {
        agent = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        agent.createContext("/a2a", exchange -> {
            requests.add(exchange.getRequestHeaders().getFirst("A2A-Version") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (failuresToGo.getAndDecrement() > 0) {
                exchange.sendResponseHeaders(failureStatus, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(events.getBytes(StandardCharsets.UTF_8));
            }
        });
        agent.start();
        client = new A2aClient();
        client.tokens = new TokenIssuer() {
            @Override
            public IssuedToken issueServiceToken() {
                return new IssuedToken("service-token", 60);
            }
        };
        client.connectTimeout = Duration.ofSeconds(2);
        client.readTimeout = Duration.ofSeconds(5);
        AgentCircuits circuits = new AgentCircuits();
        circuits.failureRate = 50;
        circuits.window = 4;
        circuits.minimumCalls = 4;
        circuits.openDuration = Duration.ofMinutes(1);
        circuits.create();
        client.circuits = circuits;
        A2aRetries retries = new A2aRetries();
        retries.maxAttempts = 3;
        retries.initialBackoff = Duration.ofMillis(10);
        retries.create();
        client.retries = retries;
    }

    @AfterEach
    void stop() {
        agent.stop(0);
    }

    @Test
    void passesEveryEventOnAndAssemblesTheOutcome() {
        List<Object> received = new ArrayList<>();
        A2aCallResult result = client.stream(target("0.3"), message(), received::add);

        assertThat(result).isEqualTo(A2aCallResult.completed("Hello", "t1"));
        assertThat(received).extracting(e -> e.getClass().getSimpleName()).containsExactly("Task",
                "TaskArtifactUpdateEvent", "TaskArtifactUpdateEvent", "TaskStatusUpdateEvent");
        assertThat(requests).singleElement().satisfies(r -> assertThat(r).startsWith("null ")
                .contains("\"method\":\"message/stream\"", "\"kind\":\"message\""));
    }

    @Test
    void speaksA2a10ToAgentsThatOnlyKnow10() {
        events = V10_EVENTS;
        List<Object> received = new ArrayList<>();
        A2aCallResult result = client.stream(target("1.0"), message(), received::add);

        assertThat(result).isEqualTo(A2aCallResult.completed("ProtoJSON", "t2"));
        assertThat(received.get(1)).isInstanceOf(TaskArtifactUpdateEvent.class);
        assertThat(((TaskStatusUpdateEvent) received.get(2)).status().state()).isEqualTo("completed");
        assertThat(requests.get(0)).startsWith("1.0 ").contains("\"method\":\"SendStreamingMessage\"",
                "\"role\":\"ROLE_USER\"").doesNotContain("\"kind\"");
    }

    @Test
    void transientFailuresAreRetriedThenSucceed() {
        failuresToGo.set(2);
        assertThat(client.stream(target("0.3"), message(), e -> { }).status()).isEqualTo("completed");
        assertThat(requests).hasSize(3);
    }

    @Test
    void anAgentsRefusalIsNotRetried() {
        failuresToGo.set(1);
        failureStatus = 403;
        A2aCallResult result = client.stream(target("0.3"), message(), e -> { });
        assertThat(result.status()).isEqualTo("failed");
        assertThat(result.error()).contains("HTTP 403");
        assertThat(requests).hasSize(1);
    }

    @Test
    void aFailingAgentOpensItsOwnCircuitOnly() {
        failuresToGo.set(1000);
        assertThatThrownBy(() -> client.stream(target("0.3"), message(), e -> { }))
                .isInstanceOf(TransientA2aException.class);
        assertThat(requests).as("retried").hasSize(3);
        assertThatThrownBy(() -> client.stream(target("0.3"), message(), e -> { }))
                .as("the fourth failure opens the circuit during the retries")
                .isInstanceOf(CallNotPermittedException.class);
        int sent = requests.size();
        assertThatThrownBy(() -> client.stream(target("0.3"), message(), e -> { }))
                .isInstanceOf(CallNotPermittedException.class);
        assertThat(requests).as("no request while the circuit is open").hasSize(sent);
        assertThat(client.circuits.states()).containsEntry(target("0.3").endpointUrl(), "OPEN");

        failuresToGo.set(0);
        A2aTarget other = new A2aTarget("other", target("0.3").endpointUrl() + "?other", "0.3", null);
        assertThat(client.stream(other, message(), e -> { }).status()).as("another agent is unaffected")
                .isEqualTo("completed");
    }

    @Test
    void jsonRpcErrorsInTheStreamAreTheAgentsAnswer() {
        events = "data: {\"jsonrpc\":\"2.0\",\"id\":\"1\",\"error\":{\"code\":-32602,\"message\":\"Invalid params: x\"}}\n\n";
        A2aCallResult result = client.stream(target("0.3"), message(), e -> { });
        assertThat(result.error()).contains("-32602", "Invalid params: x");
    }

    private A2aTarget target(String version) {
        return new A2aTarget("scripted", "http://127.0.0.1:" + agent.getAddress().getPort() + "/a2a", version, null);
    }

    private static Message message() {
        return Message.userText("m-1", "c-1", "hello");
    }
}
