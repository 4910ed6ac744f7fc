package io.switchboard.orchestration.a2a.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.switchboard.api.a2a.Message;
import io.switchboard.api.a2a.Task;
import io.switchboard.api.a2a.TaskState;
import io.switchboard.api.a2a.TaskStatus;
import io.switchboard.api.a2a.TaskStatusUpdateEvent;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook delivery against a real HTTP server on loopback (allow-listed). */
class PushNotifierTest {

    private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToGo = new AtomicInteger();
    private int failureStatus = 503;
    private HttpServer webhook;
    private PushNotifier notifier;

    @BeforeEach
    void start() throws IOException {
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresToGo.getAndDecrement() > 0 ? failureStatus : 204;
            received.add(Map.of("status", String.valueOf(status), "body", body,
                    "type", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")),
                    "token", String.valueOf(exchange.getRequestHeaders().getFirst(PushNotifier.TOKEN_HEADER)),
                    "auth", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        webhook.start();
        notifier = new PushNotifier();
        notifier.policy = WebhookPolicy.allowing(List.of("127.0.0.1"));
        notifier.store = new PushConfigStore() {
            @Override
            public Optional<PushConfig> find(String taskId, String configId) {
                return Optional.of(config("0.3"));
            }
        };
        notifier.attempts = 3;
        notifier.backoff = Duration.ofMillis(20);
        notifier.timeout = Duration.ofSeconds(5);
    }

    @AfterEach
    void stop() {
        webhook.stop(0);
    }

    @Test
    void v03PostsTheTaskWithTokenAndCredentials() {
        assertThat(notifier.deliver(config("0.3"), task(), update())).isTrue();
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.get("type")).isEqualTo("application/json");
            assertThat(r.get("token")).isEqualTo("client-token");
            assertThat(r.get("auth")).isEqualTo("Bearer webhook-secret");
            assertThat(r.get("body")).contains("\"kind\":\"task\"", "\"id\":\"t-1\"", "\"state\":\"completed\"");
        });
    }

    @Test
    void v10PostsAStatusUpdateStreamResponse() {
        assertThat(notifier.deliver(config("1.0"), task(), update())).isTrue();
        assertThat(received.get(0).get("type")).isEqualTo("application/a2a+json");
        assertThat(received.get(0).get("body")).startsWith("{\"statusUpdate\":").contains("TASK_STATE_COMPLETED")
                .doesNotContain("\"kind\"");
    }

    @Test
    void transientFailuresAreRetriedWithBackoff() {
        failuresToGo.set(2);
        assertThat(notifier.deliver(config("0.3"), task(), update())).isTrue();
        assertThat(received).extracting(r -> r.get("status")).containsExactly("503", "503", "204");
    }

    @Test
    void givesUpAfterTheLastAttemptAndDoesNotRetryClientErrors() {
        failuresToGo.set(10);
        assertThat(notifier.deliver(config("0.3"), task(), update())).isFalse();
        assertThat(received).hasSize(3);

        received.clear();
        failureStatus = 401;
        assertThat(notifier.deliver(config("0.3"), task(), update())).isFalse();
        assertThat(received).hasSize(1);
    }

    @Test
    void refusedOrDeletedWebhooksAreNotCalled() {
        notifier.policy = WebhookPolicy.allowing(List.of());
        assertThat(notifier.deliver(config("0.3"), task(), update())).isFalse();
        notifier.policy = WebhookPolicy.allowing(List.of("127.0.0.1"));
        notifier.store = new PushConfigStore() {
            @Override
            public Optional<PushConfig> find(String taskId, String configId) {
                return Optional.empty();
            }
        };
        assertThat(notifier.deliver(config("0.3"), task(), update())).isFalse();
        assertThat(received).isEmpty();
    }

    @Test
    void backoffGrowsExponentially() {
        notifier.backoff = Duration.ofMillis(100);
        assertThat(notifier.delayBefore(2)).isBetween(100L, 200L);
        assertThat(notifier.delayBefore(3)).isBetween(200L, 300L);
        assertThat(notifier.delayBefore(4)).isBetween(400L, 500L);
    }

    private PushConfig config(String version) {
        return new PushConfig("t-1", "cfg-1", "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook",
                "client-token", "Bearer", "webhook-secret", version);
    }

    private static Task task() {
        return new Task("t-1", "c-1", update().status(), null,
                List.of(Message.userText("m", "c-1", "hi")), null, Task.KIND);
    }

    private static TaskStatusUpdateEvent update() {
        return TaskStatusUpdateEvent.of("t-1", "c-1", new TaskStatus(TaskState.COMPLETED, null, "2026-01-01T00:00:00Z"),
                true);
    }
}
