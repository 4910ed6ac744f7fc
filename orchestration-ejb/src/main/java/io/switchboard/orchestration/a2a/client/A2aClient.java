package io.switchboard.orchestration.a2a.client;

import io.switchboard.agents.token.TokenIssuer;
import io.switchboard.api.a2a.A2aJsonRpcClient;
import io.switchboard.api.a2a.JsonRpc;
import io.switchboard.api.a2a.JsonRpcRequest;
import io.switchboard.api.a2a.Message;
import io.switchboard.api.a2a.MessageSendParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Sends A2A {@code message/send} requests to agent endpoints over HTTP with a MicroProfile Rest Client.
 * Transport failures and HTTP 5xx are transient: retried with backoff and jitter, counted by the circuit
 * breaker, and finally turned into a failed result by the fallback. A JSON-RPC error or an HTTP 4xx is the
 * agent's answer and becomes a failed result at once. Every annotation value can be overridden through
 * MicroProfile Config ({@code io.switchboard.orchestration.a2a.client.A2aClient/sendMessage/Timeout/value}, ...).
 */
@ApplicationScoped
public class A2aClient {

    @Inject
    TokenIssuer tokens;

    @Inject
    @ConfigProperty(name = "switchboard.a2a.connect-timeout", defaultValue = "PT5S")
    Duration connectTimeout;

    @Inject
    @ConfigProperty(name = "switchboard.a2a.read-timeout", defaultValue = "PT60S")
    Duration readTimeout;

    private final ConcurrentMap<String, A2aJsonRpcClient> clients = new ConcurrentHashMap<>();

    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = TransientA2aException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, failOn = {TransientA2aException.class, TimeoutException.class})
    @Bulkhead(64)
    @Fallback(fallbackMethod = "unreachable", applyOn = {TransientA2aException.class, TimeoutException.class,
            CircuitBreakerOpenException.class, BulkheadException.class})
    public A2aCallResult sendMessage(String endpointUrl, Message message) {
        JsonRpcRequest<MessageSendParams> request = JsonRpcRequest.of(UUID.randomUUID().toString(),
                JsonRpc.MESSAGE_SEND, new MessageSendParams(message, null, null));
        String authorization = "Bearer " + tokens.issueServiceToken().token();
        try {
            return A2aResponses.read(client(endpointUrl).call(authorization, request));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                throw new TransientA2aException("HTTP " + status + " from " + endpointUrl, e);
            }
            return A2aCallResult.failed("The agent endpoint " + endpointUrl + " refused the call with HTTP " + status,
                    null);
        } catch (ProcessingException e) {
            throw new TransientA2aException("Cannot reach " + endpointUrl + ": " + rootMessage(e), e);
        }
    }

    /** Fallback once retries are spent, the circuit is open, the bulkhead is full or the timeout passed. */
    A2aCallResult unreachable(String endpointUrl, Message message) {
        return A2aCallResult.failed("The agent at " + endpointUrl
                + " is unreachable or not answering in time; the task was not completed", null);
    }

    private A2aJsonRpcClient client(String endpointUrl) {
        return clients.computeIfAbsent(endpointUrl, url -> RestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .build(A2aJsonRpcClient.class));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }
}
