package io.switchboard.agents.account;

import io.switchboard.api.problem.PlatformException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code switchboard.auth.max-failures-per-user} (default 10) failed sign-ins for
 * one user name, or {@code switchboard.auth.max-failures-per-address} (default 30) from one client address, within
 * {@code switchboard.auth.failure-window} (default 5 minutes), further attempts are refused with 429 and
 * {@code Retry-After} until the oldest failure leaves the window — even with the right password. A successful
 * sign-in clears the user name's failures (not the address's, so that one valid account cannot reset the count of
 * an address guessing others). Kept in memory per server; once there are many keys, those whose failures all left
 * the window are dropped.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Past this many keys, a failure first drops the keys whose failures all left the window. */
    static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private int maxPerUser;
    private int maxPerAddress;
    private Duration window;
    private Clock clock;

    @Inject
    public SignInThrottle(
            @ConfigProperty(name = "switchboard.auth.max-failures-per-user", defaultValue = "10") int maxPerUser,
            @ConfigProperty(name = "switchboard.auth.max-failures-per-address", defaultValue = "30") int maxPerAddress,
            @ConfigProperty(name = "switchboard.auth.failure-window", defaultValue = "PT5M") String window) {
        this(maxPerUser, maxPerAddress, Duration.parse(window), Clock.systemUTC());
    }

    SignInThrottle(int maxPerUser, int maxPerAddress, Duration window, Clock clock) {
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** For CDI's proxy. */
    protected SignInThrottle() {
    }

    /** Refuses the attempt (429) while the user name or the address has too many recent failures. */
    public void check(String username, String address) {
        Instant now = clock.instant();
        long wait = Math.max(waitSeconds(userKey(username), maxPerUser, now),
                waitSeconds(addressKey(address), maxPerAddress, now));
        if (wait > 0) {
            throw PlatformException.tooManyRequests("sign-in-throttled", "Too many failed sign-ins; try again in "
                    + wait + " s", (int) Math.min(Integer.MAX_VALUE, wait));
        }
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > SWEEP_ABOVE) {
            // guesses at random user names must not grow the map for ever
            failures.values().removeIf(times -> {
                prune(times, now);
                synchronized (times) {
                    return times.isEmpty();
                }
            });
        }
        record(userKey(username), maxPerUser, now);
        record(addressKey(address), maxPerAddress, now);
    }

    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    /** How many user names and addresses are being counted. */
    int keys() {
        return failures.size();
    }

    private void record(String key, int maxFailures, Instant now) {
        failures.compute(key, (k, times) -> {
            Deque<Instant> list = times == null ? new ArrayDeque<>() : times;
            synchronized (list) {
                prune(list, now);
                list.addLast(now);
                while (list.size() > maxFailures) {
                    list.removeFirst();
                }
            }
            return list;
        });
    }

    private long waitSeconds(String key, int maxFailures, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < maxFailures) {
                return 0;
            }
            Duration left = Duration.between(now, times.peekFirst().plus(window));
            return Math.max(1, (left.toMillis() + 999) / 1000);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
                times.removeFirst();
            }
        }
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
