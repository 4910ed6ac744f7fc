package io.switchboard.console.dashboard;

import java.time.Instant;

/** One minute of traffic: requests received, tasks ended, of which failed, and their mean duration. */
public record MinuteStats(Instant minute, int requests, int ended, int failed, long totalDurationMs) {

    static MinuteStats empty(Instant minute) {
        return new MinuteStats(minute, 0, 0, 0, 0);
    }

    MinuteStats received() {
        return new MinuteStats(minute, requests + 1, ended, failed, totalDurationMs);
    }

    MinuteStats ended(boolean wasFailed, long durationMs) {
        return new MinuteStats(minute, requests, ended + 1, failed + (wasFailed ? 1 : 0), totalDurationMs + durationMs);
    }

    /** Mean duration of the tasks that ended in this minute; 0 when none did. */
    public double meanLatencyMs() {
        return ended == 0 ? 0 : (double) totalDurationMs / ended;
    }

    /** Share of ended tasks that failed, 0 to 1. */
    public double errorRate() {
        return ended == 0 ? 0 : (double) failed / ended;
    }
}
