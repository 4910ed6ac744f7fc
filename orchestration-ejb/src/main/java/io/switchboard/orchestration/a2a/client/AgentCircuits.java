package io.switchboard.orchestration.a2a.client;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One circuit breaker per target agent (by endpoint URL): when at least half of the last calls to an agent
 * failed transiently, calls to it fail fast for a while, then a few trial calls decide whether it closes
 * again. Other agents are not affected. Only {@link TransientA2aException}s count as failures.
 */
@ApplicationScoped
public class AgentCircuits {

    @Inject
    @ConfigProperty(name = "switchboard.a2a.circuit.failure-rate", defaultValue = "50")
    float failureRate;

    @Inject
    @ConfigProperty(name = "switchboard.a2a.circuit.window", defaultValue = "10")
    int window;

    @Inject
    @ConfigProperty(name = "switchboard.a2a.circuit.minimum-calls", defaultValue = "5")
    int minimumCalls;

    @Inject
    @ConfigProperty(name = "switchboard.a2a.circuit.open-duration", defaultValue = "PT15S")
    Duration openDuration;

    private CircuitBreakerRegistry registry;

    @PostConstruct
    void create() {
        registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(failureRate)
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(window)
                .minimumNumberOfCalls(minimumCalls)
                .waitDurationInOpenState(openDuration)
                .permittedNumberOfCallsInHalfOpenState(2)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .recordExceptions(TransientA2aException.class)
                .build());
    }

    CircuitBreaker forTarget(A2aTarget target) {
        return registry.circuitBreaker(target.endpointUrl());
    }

    /** The state of every circuit used so far, by endpoint URL: CLOSED, OPEN or HALF_OPEN. */
    public Map<String, String> states() {
        Map<String, String> states = new TreeMap<>();
        registry.getAllCircuitBreakers().forEach(cb -> states.put(cb.getName(), cb.getState().name()));
        return states;
    }
}
