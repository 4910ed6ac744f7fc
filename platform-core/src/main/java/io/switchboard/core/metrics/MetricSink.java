package io.switchboard.core.metrics;

import java.time.Duration;
import java.util.Map;

/** Where observations go: counters that only grow and timers (histograms of durations), each with tags. */
public interface MetricSink {

    /** Adds {@code amount} to the counter {@code name} with these tags. */
    void count(String name, String description, long amount, Map<String, String> tags);

    /** Adds {@code amount} (may be fractional, e.g. US dollars) to the running total {@code name}. */
    void add(String name, String description, double amount, Map<String, String> tags);

    /** Records one duration in the timer {@code name}. */
    void time(String name, String description, Duration duration, Map<String, String> tags);
}
