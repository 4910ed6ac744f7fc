/**
 * Tracing and log correlation: spans around the platform's own units of work (model calls, workflow nodes) through
 * MicroProfile Telemetry's OpenTelemetry {@code Tracer}, W3C {@code traceparent} on outbound calls that MicroProfile
 * Rest Client does not instrument, and the {@code traceId}/{@code spanId}/{@code taskId}/{@code runId} fields that
 * Liberty adds to each JSON log record (as {@code ext_…}). With the OpenTelemetry SDK disabled (the default) spans
 * are no-ops and no trace fields appear.
 */
package io.switchboard.core.trace;
