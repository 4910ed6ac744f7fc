/**
 * The A2A server side: the lifecycle of A2A tasks behind every agent endpoint (and the platform's front
 * door), independent of the wire version. A task is created or continued by a message, run by the agent's
 * executor, streamed to listeners as events, persisted when it is created for an asynchronous caller, and
 * whenever it pauses or ends. Owns the {@code a2a_tasks} table.
 */
package io.switchboard.orchestration.a2a.server;
