/**
 * The A2A client: every call from the platform to an agent — local or remote — goes through it, over HTTP as
 * A2A JSON-RPC (0.3, or 1.0 for agents that only speak 1.0), with a MicroProfile Rest Client for requests and
 * an SSE consumer for streams. Each call has a timeout, a bulkhead and a fallback (MicroProfile Fault
 * Tolerance), and a circuit breaker per target agent plus retries with exponential backoff and jitter on
 * transient failures only (Resilience4j, since MicroProfile Fault Tolerance keys circuit breakers by method
 * and has no exponential backoff).
 */
package io.switchboard.orchestration.a2a.client;
