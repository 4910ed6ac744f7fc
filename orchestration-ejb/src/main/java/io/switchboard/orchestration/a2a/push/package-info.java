/**
 * A2A push notifications: clients register webhooks for their tasks; every status change of such a task is
 * POSTed to each webhook (A2A 0.3: the task; 1.0: a statusUpdate stream response), authenticated with the
 * client's scheme and credentials and its notification token, retried with exponential backoff, in order per
 * task. Webhook URLs must not point at loopback, private or link-local addresses unless allow-listed.
 * Owns the {@code a2a_push_configs} table; tokens and credentials are sealed at rest.
 */
package io.switchboard.orchestration.a2a.push;
