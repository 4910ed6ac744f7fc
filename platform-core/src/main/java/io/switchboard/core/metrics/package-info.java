/**
 * Platform metrics on {@code /metrics} (MicroProfile Metrics, Prometheus format): what the execution log records
 * (tasks, A2A calls, model calls and tokens, tool calls, retrievals, workflow runs and nodes) is counted and timed
 * here as it is logged, and modules add their own gauges (circuit states) and counters (ingestion). The names are
 * listed in {@code docs/observability.md}.
 */
package io.switchboard.core.metrics;
