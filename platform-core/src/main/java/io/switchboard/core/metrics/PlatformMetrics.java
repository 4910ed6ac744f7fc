package io.switchboard.core.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The platform's metrics in the application registry of MicroProfile Metrics (shown on {@code /metrics} with
 * {@code mp_scope="application"}). Recording never fails the work it measures: a refused registration is logged
 * once per name and the observation dropped.
 */
@ApplicationScoped
public class PlatformMetrics implements MetricSink {

    private static final Logger LOG = Logger.getLogger(PlatformMetrics.class.getName());

    @Inject
    MetricRegistry registry;

    private final Map<MetricID, DoubleAdder> totals = new ConcurrentHashMap<>();
    private final Map<String, Boolean> refused = new ConcurrentHashMap<>();
    /** Registered counters and timers, so that recording does not look them up in the registry each time. */
    private final Map<Key, Counter> counters = new ConcurrentHashMap<>();
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

    private record Key(String name, Map<String, String> tags) {
    }

    /** Counts and times one execution-log event. */
    public void observe(String type, String agent, Map<String, ?> data) {
        EventMetrics.observe(type, agent, data, this);
    }

    @Override
    public void count(String name, String description, long amount, Map<String, String> tags) {
        if (amount > 0) {
            Counter counter = cached(counters, name, tags,
                    () -> registry.counter(metadata(name, description), tags(tags)));
            if (counter != null) {
                counter.inc(amount);
            }
        }
    }

    @Override
    public void add(String name, String description, double amount, Map<String, String> tags) {
        if (!(amount > 0)) {
            return;
        }
        Tag[] t = tags(tags);
        DoubleAdder total = totals.computeIfAbsent(new MetricID(name, t), id -> {
            DoubleAdder adder = new DoubleAdder();
            safely(name, () -> registry.gauge(metadata(name, description), adder, DoubleAdder::sum, t));
            return adder;
        });
        total.add(amount);
    }

    @Override
    public void time(String name, String description, Duration duration, Map<String, String> tags) {
        Timer timer = cached(timers, name, tags, () -> registry.timer(metadata(name, description), tags(tags)));
        if (timer != null) {
            timer.update(duration);
        }
    }

    /** Registers a gauge read from {@code value} on each scrape (once per name and tags). */
    public void gauge(String name, String description, Supplier<? extends Number> value, Map<String, String> tags) {
        Tag[] t = tags(tags);
        if (!registry.getGauges().containsKey(new MetricID(name, t))) {
            safely(name, () -> registry.gauge(metadata(name, description), value, t));
        }
    }

    /** The metric registered under the name and tags, registered on first use; null when the registry refused it. */
    private <T> T cached(Map<Key, T> cache, String name, Map<String, String> tags, Supplier<T> registration) {
        Key key = new Key(name, new java.util.HashMap<>(tags));
        T metric = cache.get(key);
        if (metric == null) {
            metric = safely(name, registration);
            if (metric != null) {
                cache.putIfAbsent(key, metric);
            }
        }
        return metric;
    }

    private <T> T safely(String name, Supplier<T> registration) {
        try {
            return registration.get();
        } catch (RuntimeException e) {
            if (refused.putIfAbsent(name, Boolean.TRUE) == null) {
                LOG.log(Level.WARNING, "Metric " + name + " could not be registered: " + e.getMessage());
            }
            return null;
        }
    }

    private static Metadata metadata(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }

    private static Tag[] tags(Map<String, String> tags) {
        return tags.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Tag(e.getKey(), e.getValue())).toArray(Tag[]::new);
    }
}
