package io.switchboard.api.usage;

/** What a usage report covers: days (YYYY-MM-DD, inclusive; null = today), grouping, optional filters. */
public record UsageQuery(String from, String to, String by, String agent, String task, String session) {
}
