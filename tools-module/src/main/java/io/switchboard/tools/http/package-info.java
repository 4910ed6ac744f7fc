/**
 * Outbound HTTP for tools: the allow-list policy (only allow-listed hosts; internal addresses only when their
 * address is allow-listed; every redirect checked again), a client with response-size and time limits,
 * secret references in header values, and the runner of administrator-defined {@code http} tools.
 */
package io.switchboard.tools.http;
