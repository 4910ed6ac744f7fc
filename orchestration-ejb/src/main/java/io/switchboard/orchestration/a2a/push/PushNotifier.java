package io.switchboard.orchestration.a2a.push;

import io.switchboard.api.a2a.Task;
import io.switchboard.api.a2a.TaskStatusUpdateEvent;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers task updates to webhooks: in the background, in order per task, each retried with exponential
 * backoff and jitter on connection failures, timeouts, HTTP 408, 429 and 5xx. A delivery that still fails is
 * logged and dropped; the client can always read the task with get.
 */
@ApplicationScoped
public class PushNotifier {

    public static final String TOKEN_HEADER = "X-A2A-Notification-Token";
    private static final Logger LOG = Logger.getLogger(PushNotifier.class.getName());

    @Inject
    WebhookPolicy policy;

    @Inject
    PushConfigStore store;

    @Inject
    @ConfigProperty(name = "switchboard.a2a.push.attempts", defaultValue = "4")
    int attempts;

    @Inject
    @ConfigProperty(name = "switchboard.a2a.push.backoff", defaultValue = "PT0.5S")
    Duration backoff;

    @Inject
    @ConfigProperty(name = "switchboard.a2a.push.timeout", defaultValue = "PT10S")
    Duration timeout;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, CompletableFuture<Void>> queues = new ConcurrentHashMap<>();

    /** Queues one status change of a task for every webhook of the task; returns at once. */
    public void statusChanged(List<PushConfig> webhooks, Supplier<Task> snapshot, TaskStatusUpdateEvent update) {
        if (webhooks.isEmpty()) {
            return;
        }
        Task task = snapshot.get();
        String taskId = update.taskId();
        queues.compute(taskId, (id, tail) -> {
            CompletableFuture<Void> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
            CompletableFuture<Void> next = previous.thenRunAsync(() -> webhooks.forEach(w -> deliver(w, task, update)),
                    executor);
            if (update.last()) {
                next.whenComplete((ignored, error) -> queues.remove(id, next));
            }
            return next;
        });
    }

    /** Delivers one update to one webhook, retrying; true when the webhook accepted it. */
    boolean deliver(PushConfig webhook, Task task, TaskStatusUpdateEvent update) {
        if (store.find(webhook.taskId(), webhook.id()).isEmpty()) {
            return false; // the client deleted this webhook
        }
        String refusal = policy.refusal(webhook.url());
        if (refusal != null) {
            LOG.warning(() -> "Push notification for task " + webhook.taskId() + " not sent: url " + refusal);
            return false;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhook.url())).timeout(timeout)
                .header("Content-Type", WebhookPayloads.contentType(webhook.version()))
                .POST(HttpRequest.BodyPublishers.ofString(WebhookPayloads.body(webhook.version(), task, update)));
        if (webhook.token() != null) {
            request.header(TOKEN_HEADER, webhook.token());
        }
        if (webhook.scheme() != null && webhook.credentials() != null) {
            request.header("Authorization", webhook.scheme() + " " + webhook.credentials());
        }
        for (int attempt = 1; attempt <= attempts; attempt++) {
            String outcome;
            try {
                int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 200 && status < 300) {
                    return true;
                }
                if (status != 408 && status != 429 && status < 500) {
                    LOG.warning("Webhook " + webhook.url() + " refused the notification for task " + webhook.taskId()
                            + " with HTTP " + status + "; not retried");
                    return false;
                }
                outcome = "HTTP " + status;
            } catch (IOException e) {
                outcome = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (attempt < attempts && !sleep(delayBefore(attempt + 1))) {
                return false;
            }
            String reason = outcome;
            int tried = attempt;
            LOG.log(Level.FINE, () -> "Webhook delivery attempt " + tried + " failed: " + reason);
        }
        LOG.warning("Webhook " + webhook.url() + " did not accept the notification for task " + webhook.taskId()
                + " after " + attempts + " attempts");
        return false;
    }

    /** Backoff before the given attempt: base, 2x, 4x ... plus up to one base of jitter. */
    long delayBefore(int attempt) {
        long base = backoff.toMillis();
        return base * (1L << Math.min(attempt - 2, 10)) + ThreadLocalRandom.current().nextLong(base + 1);
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
