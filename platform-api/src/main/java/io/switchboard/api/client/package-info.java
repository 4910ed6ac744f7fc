/**
 * Client interfaces of the public REST API, one per area, in the DTOs of this module: what a client such as the
 * desktop console may call. They say nothing about the transport; the console implements them over HTTP. A
 * failed call throws {@link io.switchboard.api.client.ApiCallException} with the server's RFC 9457 problem.
 */
package io.switchboard.api.client;
