/**
 * The live dashboard: every agent with its status and circuit breaker, tasks in flight, requests per minute,
 * latency and error rate over the last half hour, and today's model tokens and cost; updated live from the
 * execution log's event stream.
 */
package io.switchboard.console.dashboard;
