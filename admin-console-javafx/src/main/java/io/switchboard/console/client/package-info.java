/**
 * The console's side of the public API: {@link io.switchboard.console.client.HttpPlatformClient} implements the
 * platform-api client interfaces over HTTP (java.net.http, JSON-B) with the signed-in user's bearer token, and
 * turns every refusal into an {@link io.switchboard.api.client.ApiCallException} carrying the server's problem.
 */
package io.switchboard.console.client;
