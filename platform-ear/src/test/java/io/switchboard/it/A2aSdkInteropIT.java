package io.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.a2a.A2A;
import io.a2a.client.Client;
import io.a2a.client.ClientEvent;
import io.a2a.client.TaskEvent;
import io.a2a.client.TaskUpdateEvent;
import io.a2a.client.config.ClientConfig;
import io.a2a.client.transport.jsonrpc.JSONRPCTransport;
import io.a2a.client.transport.jsonrpc.JSONRPCTransportConfig;
import io.a2a.client.transport.spi.interceptors.ClientCallContext;
import io.a2a.spec.A2AClientException;
import io.a2a.spec.AgentCard;
import io.a2a.spec.Message;
import io.a2a.spec.Task;
import io.a2a.spec.TaskIdParams;
import io.a2a.spec.TaskQueryParams;
import io.a2a.spec.TaskState;
import io.a2a.spec.TaskStatusUpdateEvent;
import io.a2a.spec.TextPart;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Interoperability with the official A2A Java SDK client, io.github.a2asdk 0.3.3.Final (A2A 0.3.0): card
 * resolution, send, stream, get with history, cancel, resubscribe and the error cases, all over JSON-RPC.
 */
class A2aSdkInteropIT {

    private static final String ECHO_PATH = "/a2a/agents/00000000-0000-4000-8000-000000000001";
    private static String baseUrl;
    private static ClientCallContext auth;

    private final List<ClientEvent> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Throwable> streamEnd = new CompletableFuture<>();
    private Client client;

    @BeforeAll
    static void signIn() {
        baseUrl = SharedPlatform.server().baseUrl();
        auth = new ClientCallContext(Map.of(), Map.of("Authorization", "Bearer " + SharedPlatform.adminToken()));
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void resolvesThePlatformAndAgentCards() throws Exception {
        AgentCard platform = A2A.getAgentCard(baseUrl);
        assertThat(platform.name()).isEqualTo("Switchboard");
        assertThat(platform.url()).isEqualTo(baseUrl.replace("127.0.0.1", "127.0.0.1") + "/a2a");
        assertThat(platform.capabilities().streaming()).isTrue();

        AgentCard echo = echoCard();
        assertThat(echo.name()).isEqualTo("echo");
        assertThat(echo.url()).endsWith(ECHO_PATH);
        assertThat(echo.protocolVersion()).isEqualTo("0.3.0");
    }

    @Test
    void fetchesTheAuthenticatedExtendedCard() throws Exception {
        assertThat(echoCard().supportsAuthenticatedExtendedCard()).isTrue();
        assertThat(echoCard().documentationUrl()).isNull();
        client = client(false);
        AgentCard extended = client.getAgentCard(auth);
        assertThat(extended.name()).isEqualTo("echo");
        assertThat(extended.documentationUrl()).isEqualTo(baseUrl + "/openapi");
        assertThat(extended.skills().get(0).description()).contains("health");
    }

    @Test
    void sendsAMessageAndGetsTheTaskWithHistory() throws Exception {
        client = client(false);
        client.sendMessage(A2A.toUserMessage("hello from the SDK"), auth);

        Task task = onlyTask();
        assertThat(task.getStatus().state()).isEqualTo(TaskState.COMPLETED);
        assertThat(text(task)).isEqualTo("hello from the SDK");

        Task again = client.getTask(new TaskQueryParams(task.getId(), 10), auth);
        assertThat(again.getId()).isEqualTo(task.getId());
        assertThat(again.getHistory()).extracting(Message::getRole).containsExactly(Message.Role.USER, Message.Role.AGENT);
        assertThat(client.getTask(new TaskQueryParams(task.getId(), 1), auth).getHistory()).hasSize(1);
    }

    @Test
    void streamsUpdatesUntilTheFinalEvent() throws Exception {
        client = client(true);
        client.sendMessage(A2A.toUserMessage("slow: 3"), auth);

        assertEndedNormally(streamEnd.get(15, TimeUnit.SECONDS));
        List<TaskStatusUpdateEvent> statuses = events.stream().filter(TaskUpdateEvent.class::isInstance)
                .map(e -> ((TaskUpdateEvent) e).getUpdateEvent()).filter(TaskStatusUpdateEvent.class::isInstance)
                .map(TaskStatusUpdateEvent.class::cast).toList();
        assertThat(statuses).isNotEmpty();
        assertThat(statuses.get(statuses.size() - 1).isFinal()).isTrue();
        assertThat(statuses.get(statuses.size() - 1).getStatus().state()).isEqualTo(TaskState.COMPLETED);
    }

    @Test
    void continuesAnInputRequiredTask() throws Exception {
        client = client(false);
        client.sendMessage(A2A.toUserMessage("ask: which colour?"), auth);
        Task asked = onlyTask();
        assertThat(asked.getStatus().state()).isEqualTo(TaskState.INPUT_REQUIRED);

        events.clear();
        client.sendMessage(A2A.createUserTextMessage("green", asked.getContextId(), asked.getId()), auth);
        Task answered = onlyTask();
        assertThat(answered.getId()).isEqualTo(asked.getId());
        assertThat(answered.getStatus().state()).isEqualTo(TaskState.COMPLETED);
        assertThat(text(answered)).isEqualTo("You answered: green");
    }

    @Test
    void cancelsAndResubscribes() throws Exception {
        String id = SharedPlatform.api().rpc(ECHO_PATH, auth.getHeaders().get("Authorization").substring(7), null,
                A2aProtocolIT.rpc("message/send", "{\"message\":" + A2aProtocolIT.message03("slow: 50", null, null)
                        + ",\"configuration\":{\"blocking\":false}}")).json().getJsonObject("result").getString("id");
        client = client(true);
        CompletableFuture<Throwable> resubscribeEnd = new CompletableFuture<>();
        List<ClientEvent> resubscribed = new CopyOnWriteArrayList<>();
        BiConsumer<ClientEvent, AgentCard> collect = (event, card) -> resubscribed.add(event);
        client.resubscribe(new TaskIdParams(id), List.of(collect), resubscribeEnd::complete, auth);
        Thread.sleep(500);

        Task canceled = client.cancelTask(new TaskIdParams(id), auth);
        assertThat(canceled.getStatus().state()).isEqualTo(TaskState.CANCELED);
        assertEndedNormally(resubscribeEnd.get(15, TimeUnit.SECONDS));
        assertThat(resubscribed).isNotEmpty();
        assertThat(resubscribed.get(resubscribed.size() - 1)).isInstanceOfSatisfying(TaskUpdateEvent.class,
                e -> assertThat(e.getTask().getStatus().state()).isEqualTo(TaskState.CANCELED));

        assertThatThrownBy(() -> client.cancelTask(new TaskIdParams(id), auth)).isInstanceOf(A2AClientException.class)
                .hasMessageContaining("cannot be canceled");
    }

    @Test
    void reportsProtocolErrors() throws Exception {
        client = client(false);
        assertThatThrownBy(() -> client.getTask(new TaskQueryParams("no-such-task"), auth))
                .isInstanceOf(A2AClientException.class).hasMessageContaining("Task not found");
        assertThatThrownBy(() -> client.getTaskPushNotificationConfiguration(
                new io.a2a.spec.GetTaskPushNotificationConfigParams("no-such-task"), auth))
                .isInstanceOf(A2AClientException.class).hasMessageContaining("Task not found");
        ClientCallContext nobody = new ClientCallContext(Map.of(), Map.of());
        assertThatThrownBy(() -> client.getTask(new TaskQueryParams("x"), nobody)).isInstanceOf(A2AClientException.class);
    }

    // ---- helpers ----

    /**
     * The SDK reports the end of a stream to its error handler: null when the server closed it, or the
     * IOException of its own cancel when it stopped reading after the final event.
     */
    private static void assertEndedNormally(Throwable end) {
        if (end != null) {
            assertThat(end).isInstanceOf(java.io.IOException.class).hasMessageContaining("cancelled");
        }
    }

    private AgentCard echoCard() throws Exception {
        return A2A.getAgentCard(baseUrl, ECHO_PATH + "/.well-known/agent-card.json", Map.of());
    }

    private Client client(boolean streaming) throws Exception {
        return Client.builder(echoCard())
                .clientConfig(new ClientConfig.Builder().setStreaming(streaming).build())
                .withTransport(JSONRPCTransport.class, new JSONRPCTransportConfig())
                .addConsumer((event, card) -> events.add(event))
                .streamingErrorHandler(streamEnd::complete)
                .build();
    }

    private Task onlyTask() {
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).isInstanceOf(TaskEvent.class);
        return ((TaskEvent) events.get(0)).getTask();
    }

    private static String text(Task task) {
        return task.getArtifacts().stream().flatMap(a -> a.parts().stream()).filter(TextPart.class::isInstance)
                .map(p -> ((TextPart) p).getText()).reduce("", String::concat);
    }
}
