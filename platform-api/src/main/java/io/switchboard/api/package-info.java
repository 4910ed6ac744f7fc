/**
 * The public contract of Switchboard: request and response DTOs of the REST API, the A2A wire types and
 * the client interfaces. Shared by the server modules and the desktop console; holds no server code.
 */
package io.switchboard.api;
