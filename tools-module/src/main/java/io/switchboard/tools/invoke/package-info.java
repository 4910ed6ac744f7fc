/**
 * Invoking a tool: who may (roles, an agent's allowed tools), checking the arguments against the tool's
 * schema before anything runs, the per-tool rate limit, timeout and retries on transient failures, running
 * it by kind, and recording every invocation in the audit.
 */
package io.switchboard.tools.invoke;
