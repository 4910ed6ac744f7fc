package io.switchboard.tools.invoke;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.switchboard.tools.tool.ToolDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each tool's invocations per minute (Resilience4j rate limiters, one per tool and server; 0 = unlimited). A
 * changed limit takes effect at once: a limiter whose rate differs from the tool's is replaced.
 */
@ApplicationScoped
public class RateLimits {

    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    /** True when the tool may run now; takes a permit. */
    public boolean tryAcquire(ToolDefinition tool) {
        return tool.ratePerMinute() <= 0 || limiter(tool).acquirePermission();
    }

    /** Roughly how long until the next permit. */
    public int secondsUntilPermit(ToolDefinition tool) {
        if (tool.ratePerMinute() <= 0) {
            return 0;
        }
        RateLimiter limiter = limiter(tool);
        if (limiter instanceof AtomicRateLimiter atomic) {
            long nanos = atomic.getDetailedMetrics().getNanosToWait();
            return (int) Math.max(1, Math.min(60, (nanos + 999_999_999L) / 1_000_000_000L));
        }
        return 60;
    }

    private RateLimiter limiter(ToolDefinition tool) {
        return limiters.compute(tool.id(), (id, existing) -> existing != null && existing.getRateLimiterConfig()
                .getLimitForPeriod() == tool.ratePerMinute() ? existing : RateLimiter.of("tool-" + tool.name(),
                RateLimiterConfig.custom()
                        .limitForPeriod(tool.ratePerMinute())
                        .limitRefreshPeriod(Duration.ofMinutes(1))
                        .timeoutDuration(Duration.ZERO)
                        .build()));
    }
}
