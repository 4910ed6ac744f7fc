package io.switchboard.web.security;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests per second per key (a principal or a client address), with Resilience4j rate limiters that never
 * wait: a request over the limit is refused at once and told when to come back. Limiters idle for a minute are
 * dropped (at most one sweep a second) once there are many, so a scan from many addresses cannot grow the map
 * without bound.
 */
final class RequestRateLimits {

    static final int MAX_KEYS = 10_000;
    private static final long IDLE_NANOS = Duration.ofMinutes(1).toNanos();

    private final RateLimiterConfig config;
    private static final long SWEEP_EVERY_NANOS = Duration.ofSeconds(1).toNanos();

    private final Map<String, Entry> limiters = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong lastSweep = new java.util.concurrent.atomic.AtomicLong();

    private record Entry(RateLimiter limiter, long[] lastUsed) {
    }

    /** @param perSecond requests per second per key; 0 or less: unlimited */
    RequestRateLimits(int perSecond) {
        this.config = perSecond <= 0 ? null : RateLimiterConfig.custom().limitForPeriod(perSecond)
                .limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(Duration.ZERO).build();
    }

    boolean unlimited() {
        return config == null;
    }

    /** 0 when the request may go on (it takes a permit); else the seconds until a permit, at least 1. */
    int acquire(String key) {
        if (config == null) {
            return 0;
        }
        long now = System.nanoTime();
        long last = lastSweep.get();
        if (limiters.size() > MAX_KEYS && now - last > SWEEP_EVERY_NANOS && lastSweep.compareAndSet(last, now)) {
            // one request a second pays for the sweep, not every request while the map is large
            limiters.values().removeIf(e -> now - e.lastUsed()[0] > IDLE_NANOS);
        }
        Entry entry = limiters.computeIfAbsent(key, k -> new Entry(RateLimiter.of("requests-" + k, config),
                new long[1]));
        entry.lastUsed()[0] = now;
        if (entry.limiter().acquirePermission()) {
            return 0;
        }
        if (entry.limiter() instanceof AtomicRateLimiter atomic) {
            long nanos = atomic.getDetailedMetrics().getNanosToWait();
            return (int) Math.max(1, Math.min(60, (nanos + 999_999_999L) / 1_000_000_000L));
        }
        return 1;
    }
}
