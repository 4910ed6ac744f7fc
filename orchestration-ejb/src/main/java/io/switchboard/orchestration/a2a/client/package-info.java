/**
 * The A2A client: every call from the orchestrator to an agent goes through it, over HTTP as A2A JSON-RPC,
 * authenticated with a short-lived service JWT and guarded by MicroProfile Fault Tolerance.
 */
package io.switchboard.orchestration.a2a.client;
