package io.switchboard.orchestration.a2a.client;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Retries of transient A2A failures (connection errors, HTTP 5xx) with exponential backoff and jitter:
 * first wait about {@code switchboard.a2a.retry.initial-backoff}, doubling, each randomized by +/-50 %.
 * An agent's answer (a JSON-RPC error, HTTP 4xx) and an open circuit are never retried.
 */
@ApplicationScoped
public class A2aRetries {

    @Inject
    @ConfigProperty(name = "switchboard.a2a.retry.max-attempts", defaultValue = "3")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "switchboard.a2a.retry.initial-backoff", defaultValue = "PT0.2S")
    Duration initialBackoff;

    private RetryConfig config;

    @PostConstruct
    void create() {
        config = RetryConfig.custom()
                .maxAttempts(maxAttempts)
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(initialBackoff, 2.0, 0.5))
                .retryExceptions(TransientA2aException.class)
                .build();
    }

    Retry forCall(A2aTarget target) {
        return Retry.of(target.endpointUrl(), config);
    }
}
