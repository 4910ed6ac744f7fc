package io.switchboard.orchestration.a2a.client;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.switchboard.agents.token.TokenIssuer;
import io.switchboard.api.a2a.A2aJsonRpcClient;
import io.switchboard.api.a2a.JsonRpc;
import io.switchboard.api.a2a.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Calls agents over A2A JSON-RPC: {@link #sendMessage} with a MicroProfile Rest Client, {@link #stream} as
 * server-sent events. Transport failures and HTTP 5xx are transient: retried with exponential backoff and
 * jitter and counted by the target's circuit breaker; once retries are spent, the circuit is open, the
 * bulkhead is full or the timeout passed, the fallback answers with a failed result that says so. A JSON-RPC
 * error or an HTTP 4xx is the agent's answer: a failed result at once, never retried. The MicroProfile Fault
 * Tolerance values can be overridden through MicroProfile Config
 * ({@code io.switchboard.orchestration.a2a.client.A2aClient/sendMessage/Timeout/value}, ...).
 */
@ApplicationScoped
public class A2aClient {

    private static final String EVENT_STREAM = "text/event-stream";

    @Inject
    TokenIssuer tokens;

    @Inject
    AgentCircuits circuits;

    @Inject
    A2aRetries retries;

    @Inject
    @ConfigProperty(name = "switchboard.a2a.connect-timeout", defaultValue = "PT5S")
    Duration connectTimeout;

    @Inject
    @ConfigProperty(name = "switchboard.a2a.read-timeout", defaultValue = "PT60S")
    Duration readTimeout;

    private final ConcurrentMap<String, A2aJsonRpcClient> clients = new ConcurrentHashMap<>();
    private volatile HttpClient http;

    @Timeout(value = 120, unit = ChronoUnit.SECONDS)
    @Bulkhead(64)
    @Fallback(fallbackMethod = "unreachable", applyOn = {TransientA2aException.class, TimeoutException.class,
            CallNotPermittedException.class, BulkheadException.class})
    public A2aCallResult sendMessage(A2aTarget target, Message message) {
        return guarded(target, () -> sendOnce(target, message));
    }

    /**
     * Sends the message as a stream: every event (a Task, status or artifact update, or a Message) goes to
     * the listener as it arrives; returns the outcome when the stream ends. Only a stream that failed before
     * its first event is retried.
     */
    @Timeout(value = 30, unit = ChronoUnit.MINUTES)
    @Bulkhead(64)
    @Fallback(fallbackMethod = "unreachableStream", applyOn = {TransientA2aException.class, TimeoutException.class,
            CallNotPermittedException.class, BulkheadException.class})
    public A2aCallResult stream(A2aTarget target, Message message, Consumer<Object> listener) {
        return guarded(target, () -> streamOnce(target, message, listener));
    }

    /** Fallback once retries are spent, the circuit is open, the bulkhead is full or the timeout passed. */
    A2aCallResult unreachable(A2aTarget target, Message message) {
        return A2aCallResult.failed(unreachableReason(target), null);
    }

    A2aCallResult unreachableStream(A2aTarget target, Message message, Consumer<Object> listener) {
        return unreachable(target, message);
    }

    private String unreachableReason(A2aTarget target) {
        boolean open = "OPEN".equals(circuits.states().get(target.endpointUrl()));
        return "Agent " + target.name() + " at " + target.endpointUrl() + (open
                ? " is failing; its circuit is open, so it is not called for now"
                : " is unreachable or not answering in time") + "; the task was not completed";
    }

    private A2aCallResult guarded(A2aTarget target, Supplier<A2aCallResult> call) {
        CircuitBreaker circuit = circuits.forTarget(target);
        Retry retry = retries.forCall(target);
        return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(circuit, call)).get();
    }

    private A2aCallResult sendOnce(A2aTarget target, Message message) {
        try {
            JsonObject response = client(target.endpointUrl()).call(authorization(target),
                    target.speaks10() ? A2aTarget.V1_0 : null, A2aWire.request(target, message, false));
            return A2aResponses.read(A2aWire.toV03(target, response));
        } catch (WebApplicationException e) {
            return httpFailure(target, e.getResponse().getStatus());
        } catch (ProcessingException e) {
            throw new TransientA2aException("Cannot reach " + target.endpointUrl() + ": " + rootMessage(e), e);
        }
    }

    private A2aCallResult streamOnce(A2aTarget target, Message message, Consumer<Object> listener) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.endpointUrl()))
                .timeout(readTimeout)
                .header("Authorization", authorization(target))
                .header("Content-Type", "application/json")
                .header("Accept", EVENT_STREAM)
                .POST(HttpRequest.BodyPublishers.ofString(A2aWire.request(target, message, true).toString()));
        if (target.speaks10()) {
            request.header(JsonRpc.VERSION_HEADER, A2aTarget.V1_0);
        }
        // the JSON-RPC calls go through MicroProfile Rest Client, which propagates the trace itself; this one does not
        io.switchboard.core.trace.Spans.propagate(request::header);
        HttpResponse<Stream<String>> response;
        try {
            response = http().send(request.build(), HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new TransientA2aException("Cannot reach " + target.endpointUrl() + ": " + rootMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return A2aCallResult.failed("The call to agent " + target.name() + " was interrupted", null);
        }
        if (response.statusCode() != 200) {
            response.body().close();
            return httpFailure(target, response.statusCode());
        }
        StreamOutcome outcome = new StreamOutcome();
        try (Stream<String> lines = response.body()) {
            boolean sse = response.headers().firstValue("Content-Type").orElse("").startsWith(EVENT_STREAM);
            Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                String line = it.next();
                if (!sse) {
                    return A2aResponses.read(A2aWire.toV03(target, A2aWire.parse(line)));
                }
                if (line.startsWith("data:") && outcome.accept(target, A2aWire.parse(line.substring(5).trim()), listener)) {
                    break;
                }
            }
        } catch (java.io.UncheckedIOException e) {
            if (!outcome.started()) {
                throw new TransientA2aException("The stream from " + target.endpointUrl() + " broke: " + rootMessage(e), e);
            }
            return A2aCallResult.failed("The stream from agent " + target.name() + " broke off", outcome.taskId());
        }
        return outcome.result(target);
    }

    private static A2aCallResult httpFailure(A2aTarget target, int status) {
        if (status >= 500) {
            throw new TransientA2aException("HTTP " + status + " from " + target.endpointUrl(), null);
        }
        return A2aCallResult.failed("The agent endpoint " + target.endpointUrl() + " refused the call with HTTP " + status,
                null);
    }

    private String authorization(A2aTarget target) {
        return "Bearer " + (target.bearerToken() != null ? target.bearerToken() : tokens.issueServiceToken().token());
    }

    private A2aJsonRpcClient client(String endpointUrl) {
        return clients.computeIfAbsent(endpointUrl, url -> RestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .build(A2aJsonRpcClient.class));
    }

    private HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return http;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }
}
