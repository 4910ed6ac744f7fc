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

    @Inject
    io.switchboard.core.metrics.PlatformMetrics metrics;

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
        return registry.find(target.endpointUrl()).orElseGet(() -> {
            CircuitBreaker circuit = registry.circuitBreaker(target.endpointUrl());
            if (metrics != null) {
                metrics.gauge(CIRCUIT_STATE, "State of the circuit breaker of each A2A target (0 closed, 1 open, "
                        + "2 half-open, 3 other)", () -> stateNumber(circuit.getState()),
                        java.util.Map.of("target", target.name() == null ? "none" : target.name(),
                                "endpoint", target.endpointUrl()));
            }
            return circuit;
        });
    }

    static final String CIRCUIT_STATE = "switchboard.a2a.circuit.state";

    static int stateNumber(CircuitBreaker.State state) {
        return switch (state) {
            case CLOSED -> 0;
            case OPEN -> 1;
            case HALF_OPEN -> 2;
            default -> 3;
        };
    }

    /** The state of every circuit used so far, by endpoint URL: CLOSED, OPEN or HALF_OPEN. */
    public Map<String, String> states() {
        Map<String, String> states = new TreeMap<>();
        registry.getAllCircuitBreakers().forEach(cb -> states.put(cb.getName(), cb.getState().name()));
        return states;
    }
}
